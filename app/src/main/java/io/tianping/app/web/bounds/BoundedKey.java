package io.tianping.app.web.bounds;

import io.tianping.sharedkernel.Bounds;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/** A map key in a request (a platform in a plan's quotas, say): one line of text like any other name. */
final class BoundedKey extends KeyDeserializer {

    private final KeyDeserializer keys;

    BoundedKey(KeyDeserializer keys) {
        this.keys = keys;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
        String problem = Bounds.problemWithText(key, Bounds.LINE);
        if (problem != null) {
            return context.reportInputMismatch(String.class, "key " + problem.replace("%", "%%"));
        }
        return keys == null ? key : keys.deserializeKey(key, context);
    }
}
