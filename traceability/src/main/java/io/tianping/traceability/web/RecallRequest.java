package io.tianping.traceability.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/traceability/recalls}.
 *
 * @param gtin   the registered product recalled
 * @param lots   the lots recalled; empty or absent for every unit
 * @param hazard what is wrong (缺陷)
 * @param remedy what consumers and sellers are to do (repair, replace, refund)
 */
record RecallRequest(String gtin, @Size(max = 100) @Nullable List<String> lots, String hazard, String remedy) {
}
