package io.tianping.bench;

import io.tianping.bench.Certificates.Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The listings Platform A checks, as request bodies: 80% pass (one in eight sold by a reseller, which is flagged but
 * passes), and 5% each name a model the certificate does not cover, an unknown certificate, no certificate, or a
 * certificate that is suspended or expired.
 */
final class Listings {

    static final int BATCH = 1000;

    private final List<Map<String, Object>> listings;
    private final List<String> verdicts;

    private Listings(List<Map<String, Object>> listings, List<String> verdicts) {
        this.listings = listings;
        this.verdicts = verdicts;
    }

    static Listings generate(int count, int certificates) {
        var listings = new ArrayList<Map<String, Object>>(count);
        var verdicts = new ArrayList<String>(count);
        for (int j = 0; j < count; j++) {
            listings.add(listing(j, certificates));
            verdicts.add(kind(j) < 80 ? "PASS" : "INTERCEPT");
        }
        return new Listings(listings, verdicts);
    }

    /** The verdict listing {@code j} deserves: the benchmark fails when the platform answers otherwise. */
    String verdict(int j) {
        return verdicts.get(j);
    }

    int size() {
        return listings.size();
    }

    /** One body per line, for {@code POST /api/v1/listing-checks}. */
    List<String> singleBodies() {
        return listings.stream().map(Json::write).toList();
    }

    /** The listings in bodies of {@value #BATCH}, for {@code POST /api/v1/listing-checks/batch}. */
    List<String> batchBodies() {
        var bodies = new ArrayList<String>();
        for (int from = 0; from < listings.size(); from += BATCH) {
            bodies.add(Json.write(Map.of("items", listings.subList(from, Math.min(listings.size(), from + BATCH)))));
        }
        return bodies;
    }

    private static SplittableRandom random(int j) {
        return new SplittableRandom(0x51ED_2701_F00D_0001L ^ (j * 0x9E37_79B9_7F4A_7C15L));
    }

    /** 0-79 pass, 80-84 uncovered model, 85-89 unknown certificate, 90-94 none, 95-99 suspended or expired. */
    private static int kind(int j) {
        return random(j).nextInt(100);
    }

    private static Map<String, Object> listing(int j, int certificates) {
        var random = random(j);
        int kind = random.nextInt(100);
        Certificate certificate = pick(random, certificates, kind < 95);
        var listing = new LinkedHashMap<String, Object>();
        listing.put("listingId", "BENCH-A-" + j);
        var merchant = kind < 80 && random.nextInt(8) == 0
                ? Companies.of(random.nextInt(Companies.COUNT)) : certificate.holder();
        listing.put("merchant", Map.of("name", merchant.shortName() + "旗舰店", "creditCode", merchant.creditCode()));
        String model = kind >= 80 && kind < 85 ? certificate.product().modelPrefix() + "-0000Z"
                : certificate.models().get(random.nextInt(certificate.models().size()));
        listing.put("title", certificate.product().name() + " " + model);
        listing.put("catalogueCode", certificate.product().code());
        listing.put("model", model);
        if (kind >= 85 && kind < 90) {
            listing.put("certificateNumber", "2024" + "01" + certificate.product().code() + (900_000 + random.nextInt(99_999)));
        } else if (kind < 85 || kind >= 95) {
            listing.put("certificateNumber", certificate.number());
        }
        listing.put("price", (19 + random.nextInt(2000)) + ".90");
        return listing;
    }

    /** A certificate valid today, or (when {@code valid} is false) one that is suspended or expired. */
    private static Certificate pick(SplittableRandom random, int certificates, boolean valid) {
        while (true) {
            Certificate certificate = Certificates.of(random.nextInt(certificates));
            if (certificate.validToday() == valid) {
                return certificate;
            }
        }
    }
}
