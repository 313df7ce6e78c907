package io.tianping.verification.projection;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certificate projections take up to {@value #EVENTS} events per batch (the application's default is 100): their
 * writes go out once per batch ({@link BatchedStatements}, {@link CertificateSearchWrites}), so a replay or an import
 * runs with a tenth of the transactions, token updates and round trips. A live batch is as small as what arrived.
 * They run in {@value #SEGMENTS} segments (the application's default is one): batches are written side by side, and a
 * replay waits less on Axon's coordinator, which pauses 100 ms whenever one segment's queue holds its fixed 1,024
 * events.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionBatches {

    static final int EVENTS = 1000;
    static final int SEGMENTS = 4;

    @Bean
    ConfigurerModule certificateProjectionBatches() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(CertificateViewProjection.GROUP,
                        (config, builder) -> builder.batchSize(EVENTS).initialSegmentCount(SEGMENTS))
                .registerPooledStreamingEventProcessorConfiguration(CertificateSearchProjection.GROUP,
                        (config, builder) -> builder.batchSize(EVENTS).initialSegmentCount(SEGMENTS)));
    }
}
