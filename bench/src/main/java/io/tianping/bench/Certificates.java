package io.tianping.bench;

import io.tianping.bench.Companies.Company;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The certificates the benchmark imports, body 01's: certificate {@code i} is a pure function of {@code i}, so the
 * benchmark keeps none in memory and can name any of them later (for listings and searches). About 10% have expired
 * by date and 3% are suspended after issue.
 */
final class Certificates {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String SUSPENSION_REASON = "监督抽查不合格";

    record Product(String code, String name, String modelPrefix, List<String> standards) { }

    static final List<Product> PRODUCTS = List.of(
            new Product("0201", "转换器", "GN", List.of("GB/T 2099.1-2021", "GB/T 2099.3-2015")),
            new Product("0702", "电风扇", "FS", List.of("GB 4706.1-2005", "GB 4706.27-2008")),
            new Product("0703", "房间空气调节器", "KFR", List.of("GB 4706.1-2005", "GB 4706.32-2012")),
            new Product("0705", "波轮洗衣机", "XQB", List.of("GB 4706.1-2005", "GB 4706.24-2008")),
            new Product("0707", "电暖器", "NDY", List.of("GB 4706.1-2005", "GB 4706.23-2007")),
            new Product("0708", "真空吸尘器", "VC", List.of("GB 4706.1-2005", "GB 4706.7-2014")),
            new Product("0709", "电吹风", "HD", List.of("GB 4706.1-2005", "GB 4706.15-2008")),
            new Product("0711", "电磁炉", "C21", List.of("GB 4706.1-2005", "GB 4706.29-2008")),
            new Product("0713", "破壁料理机", "MJ", List.of("GB 4706.1-2005", "GB 4706.30-2008")),
            new Product("0714", "微波炉", "M1L", List.of("GB 4706.1-2005", "GB 4706.21-2008")),
            new Product("0716", "吸油烟机", "CXW", List.of("GB 4706.1-2005", "GB 4706.28-2008")),
            new Product("0717", "电热水壶", "SWF", List.of("GB 4706.1-2005", "GB 4706.19-2008")),
            new Product("0718", "电饭锅", "CFXB", List.of("GB 4706.1-2005", "GB 4706.19-2008")),
            new Product("0902", "便携式计算机", "NB", List.of("GB 4943.1-2022", "GB/T 9254.1-2021")),
            new Product("0907", "电源适配器", "PA", List.of("GB 4943.1-2022", "GB/T 9254.1-2021")),
            new Product("0914", "移动电源", "PB", List.of("GB 4943.1-2022", "GB 31241-2022")));

    record Certificate(String number, Product product, Company holder, Company manufacturer, List<String> models,
                       LocalDate issuedOn, LocalDate validUntil, boolean suspended) {

        boolean validToday() {
            return !suspended && !validUntil.isBefore(TODAY);
        }

        String json() {
            return Json.write(body());
        }

        /** The body of {@code POST /api/v1/certificates}. */
        Map<String, Object> body() {
            var body = new LinkedHashMap<String, Object>();
            body.put("number", number);
            body.put("holder", party(holder));
            body.put("manufacturer", party(manufacturer));
            body.put("factory", Map.of("name", manufacturer.shortName() + "生产基地",
                    "address", manufacturer.city() + "市工业园区" + (1 + Math.floorMod(number.hashCode(), 899)) + "号"));
            body.put("productName", product.name());
            body.put("catalogueCode", product.code());
            body.put("models", models);
            body.put("standards", product.standards());
            body.put("issuedOn", issuedOn.toString());
            body.put("validUntil", validUntil.toString());
            return body;
        }

        /** The body of {@code POST /api/v1/certificates/{number}/suspension}. */
        Map<String, Object> suspension() {
            return Map.of("reason", SUSPENSION_REASON, "effectiveOn", issuedOn.plusDays(30).toString());
        }

        private static Map<String, String> party(Company company) {
            return Map.of("name", company.name(), "creditCode", company.creditCode());
        }
    }

    private Certificates() {
    }

    static Certificate of(int i) {
        var random = new SplittableRandom(0x7A31_9E37_79B9_7F4AL ^ (i * 0x9E37_79B9_7F4A_7C15L));
        Product product = PRODUCTS.get(i % PRODUCTS.size());
        Company holder = Companies.of(random.nextInt(Companies.COUNT));
        Company manufacturer = random.nextInt(100) < 85 ? holder : Companies.of(random.nextInt(Companies.COUNT));
        LocalDate issuedOn = TODAY.minusDays(60 + random.nextInt(5 * 365 + 200));
        String number = issuedOn.getYear() + "01" + product.code() + "%06d".formatted(i / PRODUCTS.size() + 1);
        int base = 1000 + random.nextInt(9000);
        var models = new ArrayList<String>();
        for (int m = 0, count = 1 + random.nextInt(3); m < count; m++) {
            models.add(product.modelPrefix() + "-" + base + (char) ('A' + m));
        }
        LocalDate validUntil = issuedOn.plusYears(5).minusDays(1);
        boolean suspended = random.nextInt(100) < 3 && validUntil.isAfter(issuedOn.plusDays(30));
        return new Certificate(number, product, holder, manufacturer, List.copyOf(models), issuedOn, validUntil, suspended);
    }
}
