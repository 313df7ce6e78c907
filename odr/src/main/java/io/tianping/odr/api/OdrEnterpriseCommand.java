package io.tianping.odr.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * What an enterprise and its regulators can do to its ODR enrolment. Constructors reject malformed input with an
 * {@link IllegalArgumentException} whose message starts with the field name; steps out of order are refused by the
 * enterprise (an {@code OdrRuleViolated}, HTTP 409). Which regulator may act is checked before sending.
 */
public sealed interface OdrEnterpriseCommand {

    OdrEnterpriseId id();

    /**
     * Apply for ODR (or apply again after an exit) with the prompt-handling commitment, a place, staff and written
     * complaint procedures.
     */
    record ApplyForOdr(@TargetAggregateIdentifier OdrEnterpriseId id, String name, String address, String contact,
                       String staff, String procedures, boolean commitment, Instant at) implements OdrEnterpriseCommand {
        public ApplyForOdr {
            Checks.required("creditCode", id);
            name = Checks.text("name", name);
            address = Checks.text("address", address);
            contact = Checks.text("contact", contact);
            staff = Checks.text("staff", staff);
            procedures = Checks.text("procedures", procedures);
            if (!commitment) {
                throw new IllegalArgumentException("commitment: must be true: an ODR enterprise commits to handle complaints promptly");
            }
            Checks.required("at", at);
        }
    }

    /** The county-level bureau (or one above) approves an application, or lifts a warning. */
    record ApproveOdrEnterprise(@TargetAggregateIdentifier OdrEnterpriseId id, Instant at) implements OdrEnterpriseCommand {
        public ApproveOdrEnterprise {
            Checks.required("creditCode", id);
            Checks.required("at", at);
        }
    }

    /** Warn an active enterprise (a regulator, or the dynamic evaluation below its thresholds). */
    record WarnOdrEnterprise(@TargetAggregateIdentifier OdrEnterpriseId id, String reason, Instant at) implements OdrEnterpriseCommand {
        public WarnOdrEnterprise {
            Checks.required("creditCode", id);
            reason = Checks.text("reason", reason);
            Checks.required("at", at);
        }
    }

    /** Exit an enterprise from ODR: it leaves the public list and its new ODR complaints go to the regulator. */
    record ExitOdrEnterprise(@TargetAggregateIdentifier OdrEnterpriseId id, String reason, Instant at) implements OdrEnterpriseCommand {
        public ExitOdrEnterprise {
            Checks.required("creditCode", id);
            reason = Checks.text("reason", reason);
            Checks.required("at", at);
        }
    }
}
