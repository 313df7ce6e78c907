package io.tianping.traceability.capture;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a captured document.
 *
 * @param eventIndex the event's position in {@code epcisBody.eventList} (from 0), null for the document itself
 * @param field      the field inside that event (or the document), JSON-pointer-like with dots: {@code ilmd.materialType}
 * @param message    what is wrong
 */
public record CaptureError(@Nullable Integer eventIndex, String field, String message) {
}
