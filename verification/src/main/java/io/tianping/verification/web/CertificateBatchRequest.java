package io.tianping.verification.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.InvalidInput;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateCommand.CancelCertificate;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.RevokeCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/certificates/batch}: certificates as a body's register holds them, each as the body
 * of {@code POST /api/v1/certificates} plus, for one that is no longer valid, the status it has and since when.
 */
record CertificateBatchRequest(List<CertificateBatchItem> items) {

    /** At most this many certificates per call: all of them go in one transaction. */
    static final int MAX_ITEMS = 100;

    /** One certificate; {@code status} is absent for a valid one. */
    record CertificateBatchItem(CertificateRequest certificate, @Nullable CertificateBatchStatus status) { }

    /** SUSPENDED, REVOKED or CANCELLED, why, and from which day. */
    record CertificateBatchStatus(String status, @Size(max = Bounds.TEXT) String reason, LocalDate effectiveOn) { }

    /** One certificate's commands: its issue, then the change that gives it its status, if any. */
    record Commands(IssueCertificate issue, CertificateCommand change) { }

    /** Every item's commands, or {@link InvalidInput} naming each wrong field as {@code items[i].…}. */
    List<Commands> commands(String issuingBody) {
        var check = new InputCheck();
        BatchItems.requireCount(check, items, MAX_ITEMS, "certificates");
        check.orThrow();
        var commands = new ArrayList<Commands>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String prefix = "items[%d].".formatted(i);
            CertificateBatchItem item = items.get(i);
            if (item == null || item.certificate() == null) {
                check.problem(prefix + "certificate", "is required");
                continue;
            }
            try {
                IssueCertificate issue = item.certificate().toCommand(issuingBody);
                commands.add(new Commands(issue, item.status() == null ? null : change(check, prefix, issue, item.status())));
            } catch (InvalidInput e) {
                e.problems().forEach(p -> check.problem(prefix + "certificate" + (p.field().isEmpty() ? "" : "." + p.field()),
                        p.message()));
            }
        }
        check.orThrow();
        return commands;
    }

    private static CertificateCommand change(InputCheck check, String prefix, IssueCertificate issue, CertificateBatchStatus status) {
        LocalDate since = status.effectiveOn();
        return check.field(prefix + "status", () -> switch (status.status() == null ? "" : status.status()) {
            case "SUSPENDED" -> new SuspendCertificate(issue.number(), status.reason(), required(since));
            case "REVOKED" -> new RevokeCertificate(issue.number(), status.reason(), required(since));
            case "CANCELLED" -> new CancelCertificate(issue.number(), status.reason(), required(since));
            default -> throw new IllegalArgumentException("status: must be SUSPENDED, REVOKED or CANCELLED, not " + status.status());
        });
    }

    private static LocalDate required(LocalDate effectiveOn) {
        if (effectiveOn == null) {
            throw new IllegalArgumentException("effectiveOn: is required");
        }
        return effectiveOn;
    }
}
