package io.tianping.verification.api;

import static io.tianping.sharedkernel.Fields.required;
import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.CatalogueCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a certification body can do to a CCC certificate. Constructors reject malformed input with an
 * {@link IllegalArgumentException} whose message starts with the field name ({@code "catalogueCode: …"});
 * rules that depend on the certificate's history are the aggregate's (a {@code VerificationRuleViolated}).
 */
public sealed interface CertificateCommand {

    CertificateNumber number();

    /**
     * Issue a certificate. Repeating it with the same content changes nothing; with different content it is refused.
     *
     * @param catalogueCode must equal the product code inside {@code number}
     * @param models        the models/specifications covered, at least one; a model ending in {@code *} covers every model starting with what precedes it
     * @param standards     the certification basis (standards), may be empty
     * @param validUntil    the last day the certificate is valid, after {@code issuedOn}
     * @param issuingBody   the certification body that issued it (set from the caller's credentials)
     */
    record IssueCertificate(@TargetAggregateIdentifier CertificateNumber number, Party holder, Party manufacturer,
                            Factory factory, String productName, CatalogueCode catalogueCode, List<String> models,
                            List<String> standards, LocalDate issuedOn, LocalDate validUntil, String issuingBody)
            implements CertificateCommand {

        public IssueCertificate {
            required("number", number);
            required("holder", holder);
            required("manufacturer", manufacturer);
            required("factory", factory);
            productName = text("productName", productName);
            required("catalogueCode", catalogueCode);
            models = texts("models", models);
            if (models.isEmpty()) {
                throw new IllegalArgumentException("models: at least one model must be covered");
            }
            standards = texts("standards", standards);
            required("issuedOn", issuedOn);
            required("validUntil", validUntil);
            issuingBody = text("issuingBody", issuingBody);
            if (!validUntil.isAfter(issuedOn)) {
                throw new IllegalArgumentException("validUntil: %s must be after issuedOn %s".formatted(validUntil, issuedOn));
            }
            if (!number.productCode().equals(catalogueCode)) {
                throw new IllegalArgumentException("catalogueCode: %s does not match product code %s in certificate number %s"
                        .formatted(catalogueCode, number.productCode(), number));
            }
        }
    }

    /** Suspend a valid certificate (暂停) from {@code effectiveOn}. */
    record SuspendCertificate(@TargetAggregateIdentifier CertificateNumber number, String reason, LocalDate effectiveOn)
            implements CertificateCommand {
        public SuspendCertificate {
            required("number", number);
            reason = text("reason", reason);
            required("effectiveOn", effectiveOn);
        }
    }

    /** Revoke (撤销) a valid or suspended certificate from {@code effectiveOn}. Final. */
    record RevokeCertificate(@TargetAggregateIdentifier CertificateNumber number, String reason, LocalDate effectiveOn)
            implements CertificateCommand {
        public RevokeCertificate {
            required("number", number);
            reason = text("reason", reason);
            required("effectiveOn", effectiveOn);
        }
    }

    /** Cancel (注销) a valid or suspended certificate from {@code effectiveOn}. Final. */
    record CancelCertificate(@TargetAggregateIdentifier CertificateNumber number, String reason, LocalDate effectiveOn)
            implements CertificateCommand {
        public CancelCertificate {
            required("number", number);
            reason = text("reason", reason);
            required("effectiveOn", effectiveOn);
        }
    }

    /** Return a suspended certificate to VALID from {@code effectiveOn}. */
    record ReinstateCertificate(@TargetAggregateIdentifier CertificateNumber number, String reason, LocalDate effectiveOn)
            implements CertificateCommand {
        public ReinstateCertificate {
            required("number", number);
            reason = text("reason", reason);
            required("effectiveOn", effectiveOn);
        }
    }

    /**
     * A recall of {@code model} under this certificate (traceability's {@code recallId}): from now on checks of listings
     * of that model with this certificate are intercepted with RECALLED, and listings bound to it get takedown notices.
     * Recalling again with the same recall id changes nothing.
     */
    record RecallModel(@TargetAggregateIdentifier CertificateNumber number, String model, String recallId,
                       java.time.Instant at) implements CertificateCommand {
        public RecallModel {
            required("number", number);
            model = text("model", model);
            recallId = text("recallId", recallId);
            required("at", at);
        }
    }

    private static List<String> texts(String field, List<String> values) {
        required(field, values);
        List<String> stripped = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            stripped.add(text(field + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(stripped);
    }
}
