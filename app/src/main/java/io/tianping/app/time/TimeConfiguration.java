package io.tianping.app.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock every module reads (tests replace it to move time instead of waiting), and the scheduler that runs
 * deadline watches.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
