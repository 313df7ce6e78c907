package io.tianping.verification.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search projection's handler errors reach its processor. Axon's default only logs them and moves the token on,
 * which would drop every update made while Elasticsearch is unreachable; propagated, the processor releases the
 * segment and retries the batch with back-off until the cluster answers.
 */
@Configuration(proxyBeanMethods = false)
class CertificateSearchProcessing {

    @Bean
    ConfigurerModule certificateSearchErrors() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                CertificateSearchProjection.GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
