package io.tianping.bench;

import com.fasterxml.jackson.core.JsonProcessingException;

/** JSON text of maps and lists. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        try {
            return Http.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
