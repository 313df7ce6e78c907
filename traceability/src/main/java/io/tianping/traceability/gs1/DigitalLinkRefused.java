package io.tianping.traceability.gs1;

/** A URI is not a valid GS1 Digital Link; {@link #code()} says which rule it breaks. */
public class DigitalLinkRefused extends IllegalArgumentException {

    private final DigitalLinkRefusal code;

    public DigitalLinkRefused(DigitalLinkRefusal code, String message) {
        super(message);
        this.code = code;
    }

    public DigitalLinkRefusal code() {
        return code;
    }
}
