package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.Custody;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An item of evidence in a case: its digest never changes; its chain of custody only grows.
 *
 * @param custody every region that held it, in order; the last one holds it now
 */
public record Evidence(EvidenceId id, String description, String sha256, RegionCode suppliedByRegion, String suppliedBy,
                       List<Custody> custody, Instant addedAt) {

    public Evidence {
        custody = List.copyOf(custody);
    }

    /** The region holding the item now. */
    public RegionCode holder() {
        return custody.getLast().region();
    }

    Evidence transferredTo(RegionCode region, Instant at) {
        List<Custody> chain = new ArrayList<>(custody);
        chain.add(new Custody(region, at));
        return new Evidence(id, description, sha256, suppliedByRegion, suppliedBy, chain, addedAt);
    }
}
