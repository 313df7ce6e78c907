package io.tianping.app.axon;

import io.tianping.sharedkernel.Actor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The metadata keys every command and event carries: who (actor, role, organisation, region) and why (reason). */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";
    public static final String REGION = "region";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    static final List<String> KEYS = List.of(ACTOR, ROLE, ORGANISATION, REGION, REASON);

    private AuditMetadata() {
    }

    /** Who sent {@code command}; the reason is the command's own {@code reason} field where it has one. */
    public static Map<String, Object> of(Actor actor, Object command) {
        var metadata = new HashMap<String, Object>();
        metadata.put(ACTOR, actor.id());
        metadata.put(ROLE, actor.role().name());
        if (actor.organisation() != null) {
            metadata.put(ORGANISATION, actor.organisation());
        }
        if (actor.region() != null) {
            metadata.put(REGION, actor.region().value());
        }
        String reason = reasonOf(command);
        if (reason != null) {
            metadata.put(REASON, reason);
        }
        return metadata;
    }

    private static String reasonOf(Object command) {
        if (command == null || !command.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals(REASON) && component.getType() == String.class) {
                try {
                    return (String) component.getAccessor().invoke(command);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
