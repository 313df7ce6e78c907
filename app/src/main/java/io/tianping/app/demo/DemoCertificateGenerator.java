package io.tianping.app.demo;

import static io.tianping.app.demo.DemoCompanies.pick;

import io.tianping.app.demo.DemoCompanies.Company;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plans the demo certificates of body 01: the tour's certificates, then made-up ones over the products of
 * demo-products.csv. The same seed and day give the same plan; dates are relative to the day so that the share of
 * valid certificates does not wear off as time passes.
 */
final class DemoCertificateGenerator {

    /** A certificate to issue, the status changes to send after it, and the status it then has on the day. */
    record DemoCertificate(IssueCertificate issue, List<CertificateCommand> changes, CertificateStatus status) {

        /** The issue, then the changes, in the order to send them. */
        List<CertificateCommand> commands() {
            List<CertificateCommand> all = new ArrayList<>(List.of(issue));
            all.addAll(changes);
            return all;
        }
    }

    record Product(CatalogueCode code, String name, List<String> models, List<String> standards, LocalDate since) {
    }

    private static final LocalDate FIRST_EXPIRED_ISSUE = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST_EXPIRED_ISSUE = LocalDate.of(2020, 12, 31);

    private final Random random;
    private final LocalDate today;
    private final List<Company> companies;
    private final Map<CatalogueCode, List<Product>> products = new HashMap<>();
    private final Map<String, Integer> serials = new HashMap<>();
    private final Set<CertificateNumber> numbers = new HashSet<>();

    DemoCertificateGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.companies = DemoCompanies.generate(random);
        for (String[] row : DemoCsv.rows("demo-products.csv", 5)) {
            var product = new Product(new CatalogueCode(row[0]), row[1], DemoCsv.choices(row[2]),
                    DemoCsv.choices(row[3]), LocalDate.parse(row[4]));
            products.computeIfAbsent(product.code(), code -> new ArrayList<>()).add(product);
        }
    }

    /** The tour's certificates first, then made-up ones up to {@code count} in all. */
    List<DemoCertificate> generate(int count) {
        List<DemoCertificate> plan = new ArrayList<>(DemoTour.certificates());
        plan.forEach(certificate -> numbers.add(certificate.issue().number()));
        while (plan.size() < count) {
            plan.add(next());
        }
        return List.copyOf(plan);
    }

    private DemoCertificate next() {
        Company holder = pick(companies, random);
        CatalogueCode code = pick(holder.codes(), random);
        Product product = pick(products.get(code), random);
        Company manufacturer = random.nextInt(100) < 15 ? otherMaker(holder, code) : holder;
        int fate = random.nextInt(100);
        boolean expired = fate < 6 && !product.since().isAfter(FIRST_EXPIRED_ISSUE);
        LocalDate issuedOn = expired
                ? DemoFates.between(FIRST_EXPIRED_ISSUE, LAST_EXPIRED_ISSUE, random)
                : DemoFates.between(latest(product.since(), today.minusMonths(54)), today.minusDays(90), random);
        var issue = new IssueCertificate(number(issuedOn, code), holder.party(), manufacturer.party(), manufacturer.factory(),
                product.name(), code, DemoModels.family(product.models(), random), product.standards(), issuedOn,
                issuedOn.plusYears(5).minusDays(1), DemoTour.BODY);
        if (expired) {
            return new DemoCertificate(issue, List.of(), CertificateStatus.EXPIRED);
        }
        return DemoFates.apply(issue, fate, random, today);
    }

    private Company otherMaker(Company holder, CatalogueCode code) {
        List<Company> makers = companies.stream().filter(c -> c != holder && c.codes().contains(code)).toList();
        return makers.isEmpty() ? holder : pick(makers, random);
    }

    private CertificateNumber number(LocalDate issuedOn, CatalogueCode code) {
        String prefix = issuedOn.getYear() + DemoTour.BODY + code.value();
        CertificateNumber number;
        do {
            int serial = serials.getOrDefault(prefix, 100 + random.nextInt(2900)) + 1 + random.nextInt(37);
            serials.put(prefix, serial);
            number = new CertificateNumber(prefix + "%06d".formatted(serial));
        } while (!numbers.add(number));
        return number;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
