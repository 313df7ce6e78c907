package io.tianping.enforcement.config;

import io.tianping.sharedkernel.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** enforcement's settings and the calendar its legal clocks count working days on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformRegistry.class)
class EnforcementConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.china();
    }
}
