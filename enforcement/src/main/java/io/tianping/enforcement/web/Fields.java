package io.tianping.enforcement.web;

import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import java.math.BigDecimal;
import java.util.function.Supplier;

/** One request field parsed into a value, or a 400 naming it. */
final class Fields {

    private Fields() {
    }

    static RegionCode region(String field, String value) {
        return one(field, () -> new RegionCode(value));
    }

    static Money money(String field, BigDecimal value) {
        return one(field, () -> new Money(value));
    }

    static <T> T one(String field, Supplier<T> parse) {
        var check = new InputCheck();
        T parsed = check.field(field, parse);
        check.orThrow();
        return parsed;
    }
}
