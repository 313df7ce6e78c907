package io.tianping.bench;

import io.tianping.sharedkernel.CreditCode;
import java.util.List;

/** Made-up manufacturers with valid GB 32100 credit codes: company {@code k} is always the same company. */
final class Companies {

    static final int COUNT = 3_000;

    record Company(String name, String creditCode, String city) {

        String shortName() {
            return name.replace("有限公司", "");
        }
    }

    private record Region(String name, String code) { }

    private static final List<Region> REGIONS = List.of(new Region("杭州", "330100"), new Region("宁波", "330200"),
            new Region("温州", "330300"), new Region("慈溪", "330282"), new Region("佛山", "440600"),
            new Region("深圳", "440300"), new Region("中山", "442000"), new Region("东莞", "441900"),
            new Region("广州", "440100"), new Region("苏州", "320500"), new Region("青岛", "370200"),
            new Region("厦门", "350200"));
    private static final List<String> STEMS = List.of("康辉", "金帆", "宏泰", "华瑞", "佳禾", "恒通", "德胜", "永盛",
            "瑞丰", "鑫源", "万邦", "精诚", "鸿运", "立信", "博瑞", "鼎盛", "安华", "嘉和", "新锐", "凯达", "蓝湾", "尚品",
            "明辉", "锦程", "泰昌", "欧亚", "沃特", "福瑞", "昊天", "海纳", "众鑫", "东升", "金鹰", "润达", "腾飞", "百川",
            "和顺", "联创", "宝丰", "祥和", "华宇", "金诺", "伟业", "利达", "创源", "卓越", "信诚", "合力", "优佳", "益康");
    private static final List<String> TRADES = List.of("电器", "家电", "电子科技", "实业", "智能科技", "电气");
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Companies() {
    }

    static Company of(int k) {
        Region region = REGIONS.get(k % REGIONS.size());
        String stem = STEMS.get(k / REGIONS.size() % STEMS.size());
        String trade = TRADES.get(k / (REGIONS.size() * STEMS.size()) % TRADES.size());
        String name = region.name() + stem + trade + "有限公司";
        return new Company(name, creditCode(region.code(), k), region.name());
    }

    /** 91 (an enterprise), the region, an organisation code made from {@code k}, and the GB 32100 check character. */
    static String creditCode(String region, int k) {
        var organisation = new StringBuilder("MA");
        int rest = k;
        for (int i = 0; i < 7; i++) {
            organisation.append(CHARSET.charAt(rest % CHARSET.length()));
            rest /= CHARSET.length();
        }
        String first17 = "91" + region + organisation;
        return first17 + CreditCode.checkCharacter(first17);
    }
}
