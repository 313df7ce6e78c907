package io.tianping.traceability.api;

/**
 * One serialised item: GTIN + serial, written {@code 09520123456788.SN123} ({@code toString()}, the item aggregate's
 * identifier). A serial may itself contain dots: the first 14 digits are the GTIN, the rest after the dot the serial.
 */
public record ItemId(Gtin gtin, String serial) {

    public ItemId {
        if (gtin == null) {
            throw new IllegalArgumentException("gtin: must not be null");
        }
        if (serial == null || serial.isEmpty() || serial.length() > 20) {
            throw new IllegalArgumentException("serial: 1 to 20 characters");
        }
    }

    public static ItemId parse(String value) {
        if (value == null || value.length() < 16 || value.charAt(14) != '.') {
            throw new IllegalArgumentException("item id: GTIN-14 '.' serial, got '%s'".formatted(value));
        }
        return new ItemId(new Gtin(value.substring(0, 14)), value.substring(15));
    }

    @Override
    public String toString() {
        return gtin.value() + "." + serial;
    }
}
