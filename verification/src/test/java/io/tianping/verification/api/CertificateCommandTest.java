package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.tianping.verification.VerificationFixtures.issueKettle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class CertificateCommandTest {

    private static IssueCertificate with(UnaryOperator<List<Object>> change) {
        IssueCertificate k = issueKettle();
        List<Object> f = change.apply(new ArrayList<>(List.of(k.number(), k.holder(), k.manufacturer(), k.factory(),
                k.productName(), k.catalogueCode(), k.models(), k.standards(), k.issuedOn(), k.validUntil(), k.issuingBody())));
        @SuppressWarnings("unchecked")
        IssueCertificate changed = new IssueCertificate((CertificateNumber) f.get(0), (Party) f.get(1), (Party) f.get(2),
                (Factory) f.get(3), (String) f.get(4), (CatalogueCode) f.get(5), (List<String>) f.get(6),
                (List<String>) f.get(7), (LocalDate) f.get(8), (LocalDate) f.get(9), (String) f.get(10));
        return changed;
    }

    private static UnaryOperator<List<Object>> set(int index, Object value) {
        return fields -> {
            fields.set(index, value);
            return fields;
        };
    }

    static Stream<Arguments> malformedIssues() {
        return Stream.of(
                argumentSet("no holder", set(1, null), "holder: must not be null"),
                argumentSet("blank product name", set(4, "  "), "productName: must not be blank"),
                argumentSet("no models", set(6, List.of()), "models: at least one model"),
                argumentSet("a blank model", set(6, List.of("KX-100", " ")), "models[1]: must not be blank"),
                argumentSet("valid until before issue", set(9, LocalDate.of(2024, 2, 1)), "validUntil: 2024-02-01 must be after issuedOn 2024-03-01"),
                argumentSet("valid until on the issue day", set(9, LocalDate.of(2024, 3, 1)), "validUntil:"),
                argumentSet("catalogue code differs from the number's product code", set(5, CatalogueCode.of("0718")),
                        "catalogueCode: 0718 does not match product code 0717 in certificate number 2024010717000123"),
                argumentSet("no issuing body", set(10, ""), "issuingBody: must not be blank"));
    }

    @ParameterizedTest
    @MethodSource("malformedIssues")
    void rejectsMalformedIssueNamingTheField(UnaryOperator<List<Object>> change, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> with(change)).withMessageContaining(message);
    }

    @Test
    void trimsTextAndFreezesLists() {
        List<String> models = new ArrayList<>(List.of(" KX-100 "));
        IssueCertificate issue = with(set(6, models));
        models.add("KX-999");

        assertThat(issue.models()).containsExactly("KX-100");
    }

    @Test
    void rejectsStatusChangeWithoutReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SuspendCertificate(issueKettle().number(), " ", LocalDate.of(2025, 1, 1)))
                .withMessage("reason: must not be blank");
    }
}
