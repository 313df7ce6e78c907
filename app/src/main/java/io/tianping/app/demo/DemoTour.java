package io.tianping.app.demo;

import static io.tianping.app.demo.DemoCertificates.KETTLE;
import static io.tianping.app.demo.DemoCertificates.POWER_BANK;
import static io.tianping.app.demo.DemoCertificates.RICE_COOKER;

import io.tianping.app.demo.DemoCertificateGenerator.DemoCertificate;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import java.time.LocalDate;
import java.util.List;

/** The certificates the README tour uses: written out, so they are the same whatever the seed and the day. */
final class DemoTour {

    static final String BODY = "01";

    private static final List<String> APPLIANCE = List.of("GB 4706.1-2005", "GB 4706.19-2008");

    private DemoTour() {
    }

    static List<DemoCertificate> certificates() {
        var kettleMaker = new Party("浙江天川电器有限公司", DemoCompanies.creditCode("330109", "MA2CX6TL"));
        var kettle = new IssueCertificate(new CertificateNumber(KETTLE), kettleMaker, kettleMaker,
                new Factory(kettleMaker.name(), "浙江省杭州市萧山区经济技术开发区桥南路518号"), "电热水壶",
                new CatalogueCode("0717"), List.of("SWF-17E", "SWF-15E", "SWF-18E"), APPLIANCE,
                LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28), BODY);

        var brand = new Party("深圳市星宇新能源科技有限公司", DemoCompanies.creditCode("440306", "MA5FK3PW"));
        var oem = new Party("东莞市汇众电子有限公司", DemoCompanies.creditCode("441900", "MA4WE2NR"));
        var powerBank = new IssueCertificate(new CertificateNumber(POWER_BANK), brand, oem,
                new Factory(oem.name(), "广东省东莞市长安镇振兴路88号"), "移动电源", new CatalogueCode("0914"),
                List.of("PB-20000A", "PB-10000A"), List.of("GB 4943.1-2022", "GB 31241-2022"),
                LocalDate.of(2024, 9, 10), LocalDate.of(2029, 9, 9), BODY);
        var suspension = new SuspendCertificate(powerBank.number(), "监督抽查不合格：过充电保护不符合GB 31241-2022",
                LocalDate.of(2025, 11, 20));

        var cookerMaker = new Party("佛山市顺德区美达电器有限公司", DemoCompanies.creditCode("440606", "MA4UL8QH"));
        var riceCooker = new IssueCertificate(new CertificateNumber(RICE_COOKER), cookerMaker, cookerMaker,
                new Factory(cookerMaker.name(), "广东省佛山市顺德区北滘镇工业大道23号"), "电饭锅", new CatalogueCode("0718"),
                List.of("MD-FB40A", "MD-FB50A"), APPLIANCE, LocalDate.of(2019, 6, 18), LocalDate.of(2024, 6, 17), BODY);

        return List.of(new DemoCertificate(kettle, List.of(), CertificateStatus.VALID),
                new DemoCertificate(powerBank, List.of(suspension), CertificateStatus.SUSPENDED),
                new DemoCertificate(riceCooker, List.of(), CertificateStatus.EXPIRED));
    }
}
