package io.tianping.traceability.projection;

/** What the EPCIS events captured so far made of a serialised item. */
public enum ItemState {
    COMMISSIONED,
    DECOMMISSIONED,
    DESTROYED
}
