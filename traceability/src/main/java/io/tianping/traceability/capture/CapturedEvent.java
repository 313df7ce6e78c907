package io.tianping.traceability.capture;

import java.time.Instant;
import java.util.List;

/**
 * One EPCIS event as Tianping stores it: its own JSON kept whole, plus what queries and item states need.
 *
 * @param index        position in the captured document's event list
 * @param eventId      the event's {@code eventID}, or one made from a hash of its JSON when it has none
 * @param epcs         every identifier it names (EPCs, parents, children, inputs, outputs, classes), each in its canonical
 *                     Digital Link form when it is a GS1 key, so a URN and its Digital Link match
 * @param gtins        the GTINs among them, what the capturing manufacturer must own
 * @param items        the serialised items (GTIN + serial) whose state this event changes, with their lot when known
 * @param itemState    the state those items get (COMMISSIONED, DECOMMISSIONED, DESTROYED), null when none changes
 * @param declaration  when this event declares an earlier one erroneous: the reason and corrective event ids, else null
 * @param recallLevel  the recall level this event reports corrected units for ({@code tianping:recallLevel}), or null
 * @param unitCount    how many units the event names (EPCs plus quantities), what recall progress counts
 */
public record CapturedEvent(int index, String eventId, String type, Instant eventTime, String timeZoneOffset,
                            String action, String bizStep, String disposition, List<String> epcs, List<String> gtins,
                            List<Item> items, String itemState, ErrorDeclaration declaration, String recallLevel,
                            long unitCount, String json) {

    /** A serialised item an event names. */
    public record Item(String gtin, String serial, String lot) {
    }

    /** An error declaration (EPCIS 2.0 section 7.4.1.4): the event it is carried by was wrong. */
    public record ErrorDeclaration(Instant declarationTime, String reason, List<String> correctiveEventIds) {
    }
}
