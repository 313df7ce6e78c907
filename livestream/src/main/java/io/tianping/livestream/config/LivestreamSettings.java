package io.tianping.livestream.config;

import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * livestream's settings ({@code tianping.livestream.*}): the key subject ids are derived with, and each platform's
 * domicile (where a finding goes when the subject's own place is unknown, art. 47), e.g.
 * {@code tianping.livestream.platform-domiciles.platform-a=330100}.
 */
@ConfigurationProperties("tianping.livestream")
public record LivestreamSettings(String identityKey, Map<String, String> platformDomiciles) {

    /** Only for development and tests: a real deployment sets its own secret key. */
    static final String DEVELOPMENT_KEY = "tianping-livestream-development-key";

    public LivestreamSettings {
        identityKey = identityKey == null || identityKey.isBlank() ? DEVELOPMENT_KEY : identityKey;
        platformDomiciles = platformDomiciles == null ? Map.of() : Map.copyOf(platformDomiciles);
        platformDomiciles.values().forEach(RegionCode::new);
    }

    /** The platform's domicile, or null when it is not configured. */
    public RegionCode domicileOf(PlatformId platform) {
        String region = platformDomiciles.get(platform.value());
        return region == null ? null : new RegionCode(region);
    }

    /** The platforms whose semi-annual reports are expected. */
    public Set<String> platforms() {
        return platformDomiciles.keySet();
    }
}
