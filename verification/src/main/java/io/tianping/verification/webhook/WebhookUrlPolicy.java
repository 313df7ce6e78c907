package io.tianping.verification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs notices may be pushed to. Only {@code https} to a host whose every address is public: a platform must not
 * make the platform call into its own network (SSRF: loopback, private, link-local, carrier-grade NAT, unique-local,
 * multicast and unspecified addresses are refused). {@code tianping.webhooks.allow-insecure} lifts both rules, for a
 * receiver on the same machine in the default run and in tests. The host is resolved again before every delivery.
 */
public final class WebhookUrlPolicy {

    /** Resolves a host name to its addresses; the JDK's resolver unless a test stands in. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final int MAX_LENGTH = 2000;

    private final boolean allowInsecure;
    private final Resolver resolver;

    public WebhookUrlPolicy(boolean allowInsecure, Resolver resolver) {
        this.allowInsecure = allowInsecure;
        this.resolver = resolver;
    }

    public boolean allowsInsecure() {
        return allowInsecure;
    }

    /** The URL as a URI; an {@link IllegalArgumentException} saying what is wrong when notices may not go there. */
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most %d characters".formatted(MAX_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw new IllegalArgumentException(allowInsecure ? "must be an http or https URL"
                    : "must be an https URL (plain http is allowed only with tianping.webhooks.allow-insecure)");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must name a host, with no user name, password or fragment");
        }
        if (!allowInsecure) {
            requirePublic(uri.getHost());
        }
        return uri;
    }

    private void requirePublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new IllegalArgumentException("host %s resolves to %s, which is not a public address"
                        .formatted(host, address.getHostAddress()));
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT 100.64/10
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)   // 192.0.0/24 (IETF)
                    && !(first == 198 && (second == 18 || second == 19))          // benchmarking 198.18/15
                    && first < 240;                                                // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // unique-local fc00::/7
        }
        return false;
    }
}
