package io.tianping.livestream.config;

import io.tianping.livestream.domain.IdentityBlacklisting;
import io.tianping.livestream.domain.PersonalDataSeal;
import io.tianping.livestream.domain.SubjectIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** livestream's settings, the subject id derivation, and the handler of enforcement's blacklist command. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LivestreamSettings.class)
class LivestreamConfiguration {

    @Bean
    SubjectIds subjectIds(LivestreamSettings settings) {
        return new SubjectIds(settings.identityKey());
    }

    @Bean
    PersonalDataSeal personalDataSeal(LivestreamSettings settings) {
        return new PersonalDataSeal(settings.identityKey());
    }

    @Bean
    IdentityBlacklisting identityBlacklisting(SubjectIds ids, CommandGateway commands) {
        return new IdentityBlacklisting(ids, commands);
    }
}
