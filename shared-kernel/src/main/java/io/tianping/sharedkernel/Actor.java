package io.tianping.sharedkernel;

/**
 * Who made a change: recorded on commands and events so auditors can see who did what.
 *
 * @param id           the user or process id
 * @param role         what the actor acts as
 * @param organisation the organisation acted for (platform id, certification body, regulator name); null for
 *                     people acting for themselves (consumers)
 * @param region       the jurisdiction of a regulator; null for everyone else
 */
public record Actor(String id, Role role, String organisation, RegionCode region) {

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("actor '%s' needs a role".formatted(id));
        }
    }

    /** An automatic process such as a deadline watcher, e.g. {@code system("takedown-deadline")}. */
    public static Actor system(String id) {
        return new Actor(id, Role.SYSTEM, null, null);
    }
}
