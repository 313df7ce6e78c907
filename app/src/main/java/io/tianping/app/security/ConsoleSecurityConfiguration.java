package io.tianping.app.security;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console (README "The console"): people sign in with a form at {@code /console/login} (the same accounts and
 * passwords as HTTP Basic), get a session cookie, and the console's pages call the API with it. The API chain
 * ({@link SecurityConfiguration}) reads the same sessions ({@link #sessions}) and asks for the CSRF token only of
 * requests that carry a session and no credentials of their own; Basic and API keys stay stateless as before.
 * Only a successful login creates a session: a wrong password is answered with the login page and nothing stored.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/console/login";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    LiveSessions sessions(PrincipalDirectory directory) {
        return new LiveSessions(directory);
    }

    /**
     * Requests the API must check for a CSRF token: changes sent with the session cookie only. A request with an
     * {@code Authorization} or {@code X-Api-Key} header proves itself on its own, so a page elsewhere cannot forge it.
     */
    static final RequestMatcher SESSION_WRITES = request -> !SAFE_METHODS.contains(request.getMethod())
            && request.getHeader("Authorization") == null && request.getHeader(ApiKeyAuthenticationFilter.HEADER) == null
            && request.getRequestedSessionId() != null;

    /** Both chains keep the token in the {@code XSRF-TOKEN} cookie, readable by the console's scripts. */
    static CookieCsrfTokenRepository tokens() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, PasswordCache logins, LiveSessions sessions) throws Exception {
        var wrongPassword = new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error");
        wrongPassword.setAllowSessionCreation(false); // the default keeps the failure in a new session
        http.securityMatcher("/console", "/console/**", "/webjars/**")
                .csrf(csrf -> csrf.spa())
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .securityContext(context -> context.securityContextRepository(sessions))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authenticationProvider(logins)
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl("/console/", true).failureHandler(wrongPassword).permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?logout")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
                                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", LOGIN, "/console/login.css").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }
}
