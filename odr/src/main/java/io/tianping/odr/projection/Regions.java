package io.tianping.odr.projection;

import io.tianping.sharedkernel.RegionCode;

/** A region as a prefix of the codes within it, for SQL {@code like}: as {@link RegionCode#isWithin} decides. */
final class Regions {

    private Regions() {
    }

    static String prefix(RegionCode region) {
        return switch (region.level()) {
            case COUNTRY -> "";
            case PROVINCE -> region.value().substring(0, 2);
            case PREFECTURE -> region.value().substring(0, 4);
            case COUNTY -> region.value();
        };
    }
}
