package io.tianping.app.security;

import io.tianping.sharedkernel.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request, as the modules know it. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case Actor actor -> Optional.of(actor);
            case PersonDetails person -> Optional.of(person.actor());
            case null, default -> Optional.empty();
        };
    }
}
