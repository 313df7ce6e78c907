package io.tianping.verification.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.TakedownQuery.CertificateTakedownNotices;
import io.tianping.verification.api.TakedownQuery.ListCertificateTakedownNotices;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Regulators and auditors read the takedown notices a certificate's suspension, revocation or end caused. */
@RestController
class CertificateNoticesController {

    private static final Set<Role> READERS = Set.of(Role.REGULATOR, Role.AUDITOR, Role.ADMIN);

    private final QueryGateway queries;

    CertificateNoticesController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Every notice the certificate caused, on every platform, oldest first. */
    @GetMapping("/api/v1/certificates/{number}/takedown-notices")
    CertificateTakedownNotices listCertificateTakedownNotices(@PathVariable String number, Actor reader) {
        if (!READERS.contains(reader.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only regulators, auditors and admins read every platform's notices");
        }
        var check = new InputCheck();
        CertificateNumber certificate = check.field("number", () -> new CertificateNumber(number));
        check.orThrow();
        return queries.query(new ListCertificateTakedownNotices(certificate), CertificateTakedownNotices.class).join();
    }
}
