package io.tianping.app.contract;

import io.tianping.client.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Clients generated from the contract, pointed at the test's platform, calling as nobody, a person or an organisation. */
final class GeneratedClients {

    private GeneratedClients() {
    }

    static ApiClient anonymous(int port) {
        var client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client;
    }

    /** A demo person, with HTTP Basic and the demo password. */
    static ApiClient person(int port, String name) {
        return withHeader(port, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((name + ":demo-password").getBytes(StandardCharsets.UTF_8)));
    }

    /** An organisation, with its API key. */
    static ApiClient organisation(int port, String key) {
        return withHeader(port, "X-Api-Key", key);
    }

    private static ApiClient withHeader(int port, String header, String value) {
        var client = anonymous(port);
        client.setRequestInterceptor(request -> request.header(header, value));
        return client;
    }
}
