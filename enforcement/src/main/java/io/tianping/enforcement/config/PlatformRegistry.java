package io.tianping.enforcement.config;

import io.tianping.enforcement.api.Party;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platforms enforcement knows: the operator (name, credit code) and the region whose regulator supervises it
 * ({@code tianping.enforcement.platforms.<platform id>.*}). A clue about a platform goes to that region; an unknown
 * platform's clue goes to the national regulator.
 */
@ConfigurationProperties("tianping.enforcement")
public record PlatformRegistry(Map<String, Platform> platforms) {

    /** One platform operator. */
    public record Platform(String name, String creditCode, String region) { }

    public PlatformRegistry {
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
    }

    public RegionCode regionOf(PlatformId platform) {
        Platform known = platforms.get(platform.value());
        return known == null || known.region() == null ? RegionCode.COUNTRY : new RegionCode(known.region());
    }

    /** The operator as a party to a case; unknown platforms are named by their id and carry no usable credit code. */
    public Party operatorOf(PlatformId platform) {
        Platform known = platforms.get(platform.value());
        if (known == null || known.creditCode() == null) {
            throw new IllegalStateException("platform %s is not configured under tianping.enforcement.platforms".formatted(platform));
        }
        return new Party(known.name(), new CreditCode(known.creditCode()));
    }
}
