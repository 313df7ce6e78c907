package io.tianping.livestream.domain;

import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.util.Map;

/** A subject's accounts, keyed by platform, account and role; a platform reaches only its own. */
final class Accounts {

    /** One account on one platform, and where findings about it go. */
    record Account(PlatformId platform, String account, SubjectRole role, RegionCode region, Routing routing,
                   boolean closed) {
        Account close() {
            return new Account(platform, account, role, region, routing, true);
        }
    }

    private Accounts() {
    }

    static String key(PlatformId platform, String account, SubjectRole role) {
        return platform.value() + "|" + role + "|" + account;
    }

    /**
     * The subject's first account on {@code platform} (in {@code role}, when given); any platform's first when
     * {@code platform} is null. None there → {@link NotOnPlatform}.
     */
    static Account onPlatform(Map<String, Account> accounts, SubjectId id, PlatformId platform, SubjectRole role) {
        return accounts.values().stream()
                .filter(a -> platform == null || a.platform().equals(platform))
                .filter(a -> role == null || a.role() == role)
                .findFirst()
                .orElseThrow(() -> new NotOnPlatform("No subject %s%s on platform %s".formatted(id,
                        role == null ? "" : " as " + role, platform)));
    }

    static Account require(Map<String, Account> accounts, SubjectId id, PlatformId platform, String account) {
        return accounts.values().stream()
                .filter(a -> a.platform().equals(platform) && a.account().equals(account))
                .findFirst()
                .orElseThrow(() -> new NotOnPlatform("No account %s of subject %s on platform %s".formatted(account, id, platform)));
    }
}
