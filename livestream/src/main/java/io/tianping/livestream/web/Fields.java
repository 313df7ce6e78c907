package io.tianping.livestream.web;

import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.SubjectId;
import io.tianping.sharedkernel.InputCheck;
import java.time.LocalDate;

/** Parsing the fields several requests share. */
final class Fields {

    static final String PHONE = "^\\+?[0-9][0-9-]{4,19}$";

    private Fields() {
    }

    static SubjectId subjectId(String value) {
        var check = new InputCheck();
        SubjectId id = check.field("subjectId", () -> new SubjectId(value));
        check.orThrow();
        return id;
    }

    static String phone(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches(PHONE)) {
            check.problem(field, "must be a phone number: digits, '-' and a leading '+', 5-20 characters");
            return null;
        }
        return value.strip();
    }

    static IdNumber idNumber(InputCheck check, String field, String value) {
        return check.field(field, () -> new IdNumber(value));
    }

    static String text(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            check.problem(field, "is required");
            return null;
        }
        return value.strip();
    }

    static void notAfter(InputCheck check, String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            check.problem(field, "must not be after today (%s)".formatted(today));
        }
    }
}
