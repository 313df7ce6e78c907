package io.tianping.traceability.api;

import java.time.Instant;
import java.util.List;

/**
 * A port: the published spot-check results of a model, for the product passport. Traceability may not depend on
 * spotcheck (spotcheck depends on traceability), so spotcheck implements this as a Spring bean; without it the
 * passport shows none.
 */
public interface SpotCheckResults {

    /** The final results for this catalogue code and model (normalised: trimmed, upper case), newest first. */
    List<SpotCheckResult> forModel(String catalogueCode, String model);

    /**
     * One published spot-check result.
     *
     * @param conforming whether the sample conformed
     * @param failedItems the test items it failed, empty when conforming
     */
    record SpotCheckResult(String sampleId, String planId, boolean conforming, List<String> failedItems, Instant finalAt) {
    }
}
