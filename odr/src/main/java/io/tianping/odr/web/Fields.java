package io.tianping.odr.web;

import io.tianping.sharedkernel.InputCheck;

/** Required request fields, each missing one named in the same 400. */
final class Fields {

    private Fields() {
    }

    static void required(InputCheck check, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            check.problem(field, "is required");
        }
    }
}
