package io.tianping.sharedkernel;

/**
 * Administrative division code (GB/T 2260): 6 digits, province (2) + prefecture (2) + county (2), a level
 * ending in zeros meaning "the whole". {@link #COUNTRY} (000000) contains every region.
 *
 * @param value the 6 digits
 */
public record RegionCode(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^\\d{6}$";

    /** The whole country: every region is within it. */
    public static final RegionCode COUNTRY = new RegionCode("000000");

    /** How much of the country a code covers. */
    public enum Level { COUNTRY, PROVINCE, PREFECTURE, COUNTY }

    public RegionCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("region code must not be blank");
        }
        value = value.strip();
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("region code must be 6 digits (GB/T 2260), got '%s'".formatted(value));
        }
        if (value.startsWith("00") && !value.equals("000000")) {
            throw new IllegalArgumentException("region code '%s' has no province (first two digits 00)".formatted(value));
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public Level level() {
        if (value.equals("000000")) {
            return Level.COUNTRY;
        }
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    /** The province this code lies in, e.g. 330000 for 330106; COUNTRY stays COUNTRY. */
    public RegionCode province() {
        return level() == Level.COUNTRY ? this : new RegionCode(value.substring(0, 2) + "0000");
    }

    /** The prefecture this code lies in, e.g. 330100 for 330106; a province or the country is returned as is. */
    public RegionCode prefecture() {
        return switch (level()) {
            case COUNTRY, PROVINCE -> this;
            default -> new RegionCode(value.substring(0, 4) + "00");
        };
    }

    /** True if this region lies inside {@code other} or is {@code other}: 330106 is within 330100, 330000 and COUNTRY. */
    public boolean isWithin(RegionCode other) {
        return switch (other.level()) {
            case COUNTRY -> true;
            case PROVINCE -> value.startsWith(other.value.substring(0, 2)) && level() != Level.COUNTRY;
            case PREFECTURE -> value.startsWith(other.value.substring(0, 4)) && level().compareTo(Level.PREFECTURE) >= 0;
            case COUNTY -> value.equals(other.value);
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
