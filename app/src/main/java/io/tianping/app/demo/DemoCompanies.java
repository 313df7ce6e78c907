package io.tianping.app.demo;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Holders and manufacturers of the demo certificates: made-up companies in real manufacturing clusters (demo-makers.csv). */
final class DemoCompanies {

    /** A company, its factory and the catalogue codes it makes. */
    record Company(Party party, Factory factory, List<CatalogueCode> codes) {
    }

    // made-up trade names; the tour's companies (天川, 星宇, 美达, 汇众) are left out so that no name comes twice
    private static final List<String> STEMS = List.of("康辉", "金帆", "宏泰", "华瑞", "佳禾", "恒通", "德胜", "永盛", "瑞丰",
            "鑫源", "万邦", "精诚", "鸿运", "立信", "博瑞", "鼎盛", "安华", "嘉和", "新锐", "凯达", "蓝湾", "尚品", "明辉", "锦程",
            "泰昌", "欧亚", "沃特", "福瑞", "昊天", "海纳", "众鑫", "东升", "金鹰", "润达", "腾飞", "百川", "和顺", "联创", "宝丰",
            "祥和", "华宇", "金诺", "伟业", "利达", "创源", "卓越", "信诚", "合力", "优佳", "益康", "昌隆", "顺发", "远航", "晟泰",
            "铭扬", "聚宝");
    private static final List<String> ROADS = List.of("兴业路", "创业大道", "工业大道", "科技路", "新城大道", "环城北路",
            "滨海二路", "东二环路", "振兴路", "富民路", "长江路", "金港大道", "工业园三路", "发展大道");
    private static final String ORGANISATION_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private DemoCompanies() {
    }

    /** About 80 companies, one cluster after the other, each making one to three of its cluster's products. */
    static List<Company> generate(Random random) {
        List<Company> companies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String[] cluster : DemoCsv.rows("demo-makers.csv", 7)) {
            List<String> registrations = DemoCsv.choices(cluster[0]);
            List<String> prefixes = DemoCsv.choices(cluster[2]);
            List<String> trades = DemoCsv.choices(cluster[3]);
            List<String> towns = DemoCsv.choices(cluster[4]);
            List<CatalogueCode> codes = DemoCsv.choices(cluster[5]).stream().map(CatalogueCode::new).toList();
            int count = Integer.parseInt(cluster[6]) + 1;
            for (int i = 0; i < count; i++) {
                String name;
                do {
                    name = pick(prefixes, random) + pick(STEMS, random) + pick(trades, random) + "有限公司";
                } while (!names.add(name));
                String address = cluster[1] + pick(towns, random) + pick(ROADS, random) + (1 + random.nextInt(899)) + "号";
                var party = new Party(name, creditCode(pick(registrations, random), organisationCode(random)));
                companies.add(new Company(party, new Factory(name, address), someOf(codes, random)));
            }
        }
        return List.copyOf(companies);
    }

    /**
     * A GB 32100 code of an enterprise (91) registered in {@code region}: the eight characters of its GB 11714
     * organisation code, that code's check character, then the credit code's own check character.
     */
    static CreditCode creditCode(String region, String organisation) {
        String first17 = "91" + region + organisation + organisationCheck(organisation);
        return new CreditCode(first17 + CreditCode.checkCharacter(first17));
    }

    /** The eight characters of a GB 11714 organisation code; newer ones begin with MA. */
    static String organisationCode(Random random) {
        var body = new StringBuilder(random.nextInt(3) > 0 ? "MA" : String.valueOf(5 + random.nextInt(3)));
        while (body.length() < 8) {
            body.append(ORGANISATION_CHARS.charAt(random.nextInt(body.charAt(0) == 'M' ? ORGANISATION_CHARS.length() : 10)));
        }
        return body.toString();
    }

    static String organisationCheck(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check);
    }

    private static List<CatalogueCode> someOf(List<CatalogueCode> codes, Random random) {
        List<CatalogueCode> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(shuffled.size(), 1 + random.nextInt(3))));
    }

    static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
