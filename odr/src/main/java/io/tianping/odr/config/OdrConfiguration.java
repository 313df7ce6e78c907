package io.tianping.odr.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** odr's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OdrExitSettings.class)
class OdrConfiguration {
}
