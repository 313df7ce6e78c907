package io.tianping.app.security;

import io.tianping.sharedkernel.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One who may call, as admins see them: never a key or a password.
 *
 * @param id           the id they log in or act as
 * @param kind         {@code ORGANISATION} (API key) or {@code PERSON} (password)
 * @param role         what they act as
 * @param displayName  their name
 * @param organisation the platform id or body code an organisation acts for; null for people
 * @param region       a regulator's region; null for everyone else
 * @param createdAt    when they were added
 * @param revokedAt    when they were revoked; null while they may call
 */
record PrincipalView(String id, String kind, Role role, String displayName, @Nullable String organisation, @Nullable String region,
                     Instant createdAt, @Nullable Instant revokedAt) {
}
