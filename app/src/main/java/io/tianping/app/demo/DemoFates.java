package io.tianping.app.demo;

import static io.tianping.app.demo.DemoCompanies.pick;

import io.tianping.app.demo.DemoCertificateGenerator.DemoCertificate;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateCommand.CancelCertificate;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.ReinstateCertificate;
import io.tianping.verification.api.CertificateCommand.RevokeCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * What happened to a demo certificate after it was issued, by a number 0–99: about 6 in 100 suspended, 4 revoked
 * (half of them after a suspension that was not cured), 5 cancelled, 2 suspended and reinstated, the rest untouched.
 * Every change takes effect after the certificate was issued and before the day.
 */
final class DemoFates {

    static final List<String> SUSPENSIONS = List.of("监督抽查不合格：标志和说明不符合要求", "年度工厂检查不合格",
            "未按期接受年度监督检查", "获证产品关键元器件变更未经认证机构确认", "认证委托人申请暂停",
            "市场抽样检测发现输入功率和电流偏差超出标准");
    static final List<String> REVOCATIONS = List.of("获证产品存在严重缺陷，发生质量安全事故", "以欺骗手段获得认证证书",
            "拒绝接受认证机构监督检查", "出厂产品与型式试验样品严重不一致");
    static final String SUSPENSION_NOT_CURED = "暂停期满未完成整改";
    static final List<String> CANCELLATIONS = List.of("认证委托人申请注销", "获证产品已停止生产", "认证委托人已依法注销",
            "产品型号已停产，申请注销");
    static final List<String> REINSTATEMENTS = List.of("整改完成，经认证机构验证符合要求", "补做年度监督检查，检查合格");

    private DemoFates() {
    }

    static DemoCertificate apply(IssueCertificate issue, int fate, Random random, LocalDate today) {
        CertificateNumber number = issue.number();
        LocalDate first = issue.issuedOn().plusDays(30);
        LocalDate last = today.minusDays(1);
        if (fate >= 6 && fate < 12) {
            var suspension = new SuspendCertificate(number, pick(SUSPENSIONS, random), between(first, last, random));
            return new DemoCertificate(issue, List.of(suspension), CertificateStatus.SUSPENDED);
        }
        if (fate >= 12 && fate < 16) {
            if (random.nextBoolean()) {
                return new DemoCertificate(issue, List.of(new RevokeCertificate(number, pick(REVOCATIONS, random),
                        between(first, last, random))), CertificateStatus.REVOKED);
            }
            LocalDate suspended = between(first, last.minusDays(30), random);
            LocalDate revoked = between(suspended.plusDays(30), min(suspended.plusDays(90), last), random);
            return new DemoCertificate(issue, List.of(new SuspendCertificate(number, pick(SUSPENSIONS, random), suspended),
                    new RevokeCertificate(number, SUSPENSION_NOT_CURED, revoked)), CertificateStatus.REVOKED);
        }
        if (fate >= 16 && fate < 21) {
            var cancellation = new CancelCertificate(number, pick(CANCELLATIONS, random), between(first, last, random));
            return new DemoCertificate(issue, List.of(cancellation), CertificateStatus.CANCELLED);
        }
        if (fate >= 21 && fate < 23) {
            LocalDate suspended = between(first, last.minusDays(30), random);
            LocalDate reinstated = between(suspended.plusDays(14), min(suspended.plusDays(60), last), random);
            List<CertificateCommand> changes = List.of(new SuspendCertificate(number, pick(SUSPENSIONS, random), suspended),
                    new ReinstateCertificate(number, pick(REINSTATEMENTS, random), reinstated));
            return new DemoCertificate(issue, changes, CertificateStatus.VALID);
        }
        return new DemoCertificate(issue, List.of(), CertificateStatus.VALID);
    }

    static LocalDate between(LocalDate first, LocalDate last, Random random) {
        long days = last.toEpochDay() - first.toEpochDay();
        return days <= 0 ? first : first.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
