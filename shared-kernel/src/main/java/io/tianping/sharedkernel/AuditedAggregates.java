package io.tianping.sharedkernel;

import java.util.Set;

/**
 * What a module tells the auditors' endpoint about one kind of its aggregates: which regions' regulators may read an
 * aggregate's history. Each module that keeps an aggregate regulators may audit provides one (as a Spring bean); the
 * endpoint itself knows no module. Auditors and the national regulator read everything regardless.
 */
public interface AuditedAggregates {

    /** The aggregate type as the audit paths name it, lower case, e.g. {@code certificate}, {@code case}. */
    String type();

    /** The regions whose regulators may read this aggregate (and their parent regions'); empty when unknown. */
    Set<RegionCode> regionsOf(String aggregateId);
}
