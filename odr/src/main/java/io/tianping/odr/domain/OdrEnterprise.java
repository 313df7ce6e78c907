package io.tianping.odr.domain;

import io.tianping.odr.api.EnterpriseStatus;
import io.tianping.odr.api.OdrEnterpriseCommand.ApplyForOdr;
import io.tianping.odr.api.OdrEnterpriseCommand.ApproveOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.ExitOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.WarnOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseApplied;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseApproved;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseExited;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseWarned;
import io.tianping.odr.api.OdrEnterpriseId;
import io.tianping.odr.api.OdrEnterpriseStep;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static io.tianping.odr.api.EnterpriseStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's ODR enrolment (audit type {@code odr-enterprise}): APPLIED → ACTIVE ⇄ WARNED → EXITED, and an
 * exited enterprise may apply again.
 */
@Aggregate(type = "odr-enterprise")
class OdrEnterprise {

    @AggregateIdentifier
    private OdrEnterpriseId id;
    private RegionCode region;
    private EnterpriseStatus status;

    OdrEnterprise() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ApplyForOdr c) {
        if (status != null && status != EXITED) {
            throw OdrRuleViolated.because("%s has already applied and is %s: only an exited enterprise applies again",
                    c.id().creditCode(), status);
        }
        apply(new OdrEnterpriseApplied(c.id(), c.name(), c.id().creditCode().registrationRegion(), c.address(),
                c.contact(), c.staff(), c.procedures(), c.at()));
    }

    @CommandHandler
    OdrEnterpriseStep handle(ApproveOdrEnterprise c) {
        if (status != APPLIED && status != WARNED) {
            throw OdrRuleViolated.because("%s is %s: only an application or a warned enterprise can be approved%s",
                    id.creditCode(), status, status == EXITED ? " (an exited enterprise must apply again)" : "");
        }
        apply(new OdrEnterpriseApproved(id, region, c.at()));
        return new OdrEnterpriseStep(id.creditCode(), status, region);
    }

    @CommandHandler
    OdrEnterpriseStep handle(WarnOdrEnterprise c) {
        if (status != ACTIVE) {
            throw OdrRuleViolated.because("%s is %s: only an active ODR enterprise can be warned", id.creditCode(), status);
        }
        apply(new OdrEnterpriseWarned(id, region, c.reason(), c.at()));
        return new OdrEnterpriseStep(id.creditCode(), status, region);
    }

    @CommandHandler
    OdrEnterpriseStep handle(ExitOdrEnterprise c) {
        if (status != ACTIVE && status != WARNED) {
            throw OdrRuleViolated.because("%s is %s: only an active or warned ODR enterprise can be exited", id.creditCode(), status);
        }
        apply(new OdrEnterpriseExited(id, region, c.reason(), c.at()));
        return new OdrEnterpriseStep(id.creditCode(), status, region);
    }

    @EventSourcingHandler
    void on(OdrEnterpriseApplied e) {
        id = e.id();
        region = e.region();
        status = APPLIED;
    }

    @EventSourcingHandler
    void on(OdrEnterpriseApproved e) {
        status = ACTIVE;
    }

    @EventSourcingHandler
    void on(OdrEnterpriseWarned e) {
        status = WARNED;
    }

    @EventSourcingHandler
    void on(OdrEnterpriseExited e) {
        status = EXITED;
    }
}
