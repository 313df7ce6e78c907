package io.tianping.odr.api;

import io.tianping.sharedkernel.RegionCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * What happened to an ODR enterprise's enrolment (audit type {@code odr-enterprise}). Stored in the event store:
 * never rename or move one without an upcaster. {@code region} is the enterprise's (credit code positions 3–8).
 */
public sealed interface OdrEnterpriseEvent {

    OdrEnterpriseId id();

    /** The enterprise applied, with its commitment, place, staff and procedures. */
    @Revision("1")
    record OdrEnterpriseApplied(OdrEnterpriseId id, String name, RegionCode region, String address, String contact,
                                String staff, String procedures, Instant at) implements OdrEnterpriseEvent {
    }

    /** Approved (or a warning lifted): ACTIVE from {@code at}. */
    @Revision("1")
    record OdrEnterpriseApproved(OdrEnterpriseId id, RegionCode region, Instant at) implements OdrEnterpriseEvent {
    }

    /** Warned, by a regulator or by the dynamic evaluation. */
    @Revision("1")
    record OdrEnterpriseWarned(OdrEnterpriseId id, RegionCode region, String reason, Instant at) implements OdrEnterpriseEvent {
    }

    /** Exited from ODR. */
    @Revision("1")
    record OdrEnterpriseExited(OdrEnterpriseId id, RegionCode region, String reason, Instant at) implements OdrEnterpriseEvent {
    }
}
