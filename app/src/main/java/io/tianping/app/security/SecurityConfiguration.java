package io.tianping.app.security;

import io.tianping.app.web.ProblemResponses;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may do what (api.md): organisations by API key, people by HTTP Basic; auditors read and never write.
 * Ownership ("a platform sees only its own notices") is checked by the modules themselves.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PrincipalDirectory directory, PasswordCache logins, ProblemResponses problems,
                            LiveSessions sessions) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (request.getHeader("X-Requested-With") == null) { // the console's calls: no browser password prompt
                response.setHeader("WWW-Authenticate", "Basic realm=\"tianping\"");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Send an X-Api-Key header (organisations) or HTTP Basic credentials (people). " + e.getMessage());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? "A change sent with the console's session needs its X-XSRF-TOKEN header."
                        : "Your role may not do this.");
        // the console's session is read here too (never created here); only its changes need the CSRF token
        http.csrf(csrf -> csrf.csrfTokenRepository(ConsoleSecurityConfiguration.tokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(ConsoleSecurityConfiguration.SESSION_WRITES))
                .securityContext(context -> context.securityContextRepository(sessions.withoutStartingSessions()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .httpBasic(basic -> basic.realmName("tianping").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .addFilterBefore(new ApiKeyAuthenticationFilter(directory, unauthenticated), BasicAuthenticationFilter.class)
                .authenticationProvider(logins)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error", "/", "/favicon.ico").permitAll()
                        // public: the GS1 Digital Link resolver (consumers' scans), the Digital Link validator, the
                        // list of active ODR enterprises
                        .requestMatchers(HttpMethod.GET, "/01/**", "/api/v1/traceability/digital-link",
                                "/api/v1/odr/enterprises").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasAnyRole("AUDITOR", "REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/enforcement/**").hasAnyRole("AUDITOR", "REGULATOR")
                        .requestMatchers("/api/v1/enforcement/**").hasRole("REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/spotcheck/**").hasAnyRole("AUDITOR", "REGULATOR")
                        .requestMatchers("/api/v1/spotcheck/**").hasRole("REGULATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/certificates", "/api/v1/certificates/**")
                        .hasRole("CERTIFICATION_BODY")
                        .requestMatchers("/api/v1/listing-checks/**", "/api/v1/listing-checks").hasRole("PLATFORM")
                        .requestMatchers(HttpMethod.GET, "/api/v1/takedown-notices/overdue")
                        .hasAnyRole("REGULATOR", "AUDITOR", "ADMIN")
                        .requestMatchers("/api/v1/takedown-notices/**", "/api/v1/takedown-notices").hasRole("PLATFORM")
                        .requestMatchers("/api/v1/webhooks/**").hasRole("PLATFORM")
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // auditors read, never write: any other method is for the roles named above or below only
                        .requestMatchers("/api/**").hasAnyRole("REGULATOR", "ADMIN", "PLATFORM", "CERTIFICATION_BODY",
                                "MANUFACTURER", "ENTERPRISE", "COMPLAINT_INTAKE")
                        .anyRequest().authenticated());
        return http.build();
    }

    /** People's passwords: bcrypt once, then {@link PasswordCache} until a revocation or five minutes. */
    @Bean
    PasswordCache passwordCache(PrincipalDirectory directory, PasswordEncoder passwords) {
        var bcrypt = new DaoAuthenticationProvider(directory);
        bcrypt.setPasswordEncoder(passwords);
        return new PasswordCache(bcrypt, Clock.systemUTC());
    }

    /**
     * No observation per security filter, authentication and authorization: with Micrometer on the classpath Spring
     * Security records each of them (a timer and a span per filter of every request), which cost the ceiling endpoint
     * more than half its rate in the benchmark (docs/performance.md, 2026-12-01 04:10). Each request is still observed
     * once, as {@code http.server.requests} (latency histograms, trace and span ids in the logs).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
