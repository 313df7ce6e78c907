package io.tianping.verification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

    /** A resolver that answers one address for every name, except "nowhere.example". */
    private static WebhookUrlPolicy.Resolver answering(String address) {
        return host -> {
            if (host.equals("nowhere.example")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        };
    }

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, answering("93.184.216.34"));

    @Test
    void acceptsHttpsOnAPublicHost() {
        assertThat(strict.check("https://hooks.platform-a.example/tianping").getHost()).isEqualTo("hooks.platform-a.example");
    }

    @Test
    void refusesPlainHttpUnlessInsecureIsAllowed() {
        assertThatThrownBy(() -> strict.check("http://hooks.platform-a.example/tianping"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an https URL");
        var insecure = new WebhookUrlPolicy(true, answering("127.0.0.1"));
        assertThat(insecure.check("http://localhost:9999/hook").getPort()).isEqualTo(9999);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "::1", "fd00::1", "fe80::1", "224.0.0.1", "198.18.0.1"})
    void refusesHostsThatResolveToPrivateAddresses(String address) {
        var policy = new WebhookUrlPolicy(false, answering(address));
        assertThatThrownBy(() -> policy.check("https://innocent.example/hook"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example/x", "https:///nohost", "https://user:pw@hooks.example/x",
            "not a url", "", "https://hooks.example/x#frag"})
    void refusesWhatIsNoUsableUrl(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        assertThatThrownBy(() -> strict.check("https://nowhere.example/hook")).hasMessageContaining("does not resolve");
    }

    @Test
    void backOffDoublesUpToItsCap() {
        Duration first = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(10);
        assertThat(WebhookDispatcher.backOff(1, first, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(WebhookDispatcher.backOff(2, first, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WebhookDispatcher.backOff(4, first, max)).isEqualTo(Duration.ofSeconds(8));
        assertThat(WebhookDispatcher.backOff(12, first, max)).isEqualTo(max);
        assertThat(WebhookDispatcher.backOff(500, first, max)).isEqualTo(max);
    }

    @Test
    void theSignatureIsTheHexHmacOfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.of("what do ya want for nothing?".getBytes(), "Jefe"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
