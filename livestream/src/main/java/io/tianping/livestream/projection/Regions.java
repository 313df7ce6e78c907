package io.tianping.livestream.projection;

import io.tianping.sharedkernel.RegionCode;

/** A regulator's region as a SQL {@code like} pattern over region codes: 330000 → {@code 33%}, 000000 → {@code %}. */
final class Regions {

    private Regions() {
    }

    static String like(RegionCode region) {
        return switch (region.level()) {
            case COUNTRY -> "%";
            case PROVINCE -> region.value().substring(0, 2) + "%";
            case PREFECTURE -> region.value().substring(0, 4) + "%";
            case COUNTY -> region.value();
        };
    }
}
