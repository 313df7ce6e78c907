package io.tianping.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Search latency as one caller sees it, one query after the other over HTTP ({@code GET /api/v1/certificates?q=}):
 * Chinese words (product names, part of one, company names, a city and a product) and models of loaded certificates.
 */
final class SearchLatency {

    static final int WARM_UP = 200;
    static final int QUERIES_PER_KIND = 500;

    static final List<String> CHINESE = List.of("电热水壶", "水壶", "移动电源", "电饭锅", "吸油烟机", "微波炉", "电源适配器",
            "康辉", "金帆 电器", "佛山 电风扇", "宁波 电暖器", "深圳 移动电源", "宏泰 电饭锅", "空调", "料理机", "慈溪 吸尘器");

    /** Latency in milliseconds, and the hits of the first of each query, to show the searches find something. */
    record Latency(String kind, int queries, double p50, double p90, double p99, double max, long medianHits) { }

    private SearchLatency() {
    }

    static List<Latency> run(Http reader, int certificates) {
        var random = new SplittableRandom(42);
        var models = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            var certificate = Certificates.of(random.nextInt(certificates));
            models.add(certificate.models().get(random.nextInt(certificate.models().size())));
        }
        for (int i = 0; i < WARM_UP; i++) {
            search(reader, i % 2 == 0 ? CHINESE.get(i % CHINESE.size()) : models.get(i % models.size()));
        }
        return List.of(measure(reader, "chinese", CHINESE), measure(reader, "model", models));
    }

    private static Latency measure(Http reader, String kind, List<String> queries) {
        double[] millis = new double[QUERIES_PER_KIND];
        long[] hits = new long[QUERIES_PER_KIND];
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            long started = System.nanoTime();
            hits[i] = search(reader, queries.get(i % queries.size()));
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(hits);
        return new Latency(kind, QUERIES_PER_KIND, at(millis, 0.50), at(millis, 0.90), at(millis, 0.99),
                millis[millis.length - 1], hits[hits.length / 2]);
    }

    private static long search(Http reader, String query) {
        var response = reader.get("api/v1/certificates?size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return response.expect(200).json().get("total").asLong();
    }

    static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
