package io.tianping.spotcheck.domain.ranking;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;

/** One sampled batch with a final result: where it was bought, what product it is, and whether it failed. */
public record SampleOutcome(PlatformId platform, CatalogueCode catalogueCode, boolean failed) {

    public SampleOutcome {
        if (platform == null) {
            throw new IllegalArgumentException("platform: must not be null");
        }
        if (catalogueCode == null) {
            throw new IllegalArgumentException("catalogueCode: must not be null");
        }
    }
}
