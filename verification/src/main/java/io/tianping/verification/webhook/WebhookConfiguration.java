package io.tianping.verification.webhook;

import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The URL policy and the sender. {@code tianping.webhooks.allow-insecure} unset means: allowed in the default run
 * (embedded database, no {@code spring.datasource.url}), so a receiver on the same machine works; refused as soon as
 * the platform runs on a database of its own, unless set to {@code true} explicitly.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookUrlPolicy webhookUrlPolicy(@Value("${tianping.webhooks.allow-insecure:}") String allowInsecure,
                                      @Value("${spring.datasource.url:}") String databaseUrl) {
        boolean insecure = allowInsecure.isBlank() ? databaseUrl.isBlank() : Boolean.parseBoolean(allowInsecure.strip());
        return new WebhookUrlPolicy(insecure, InetAddress::getAllByName);
    }

    @Bean
    WebhookSender webhookSender(WebhookUrlPolicy policy) {
        return new WebhookSender(policy);
    }
}
