package io.tianping.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Organisations authenticate with {@code X-Api-Key}; a key that matches no organisation is a 401. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final PrincipalDirectory directory;
    private final AuthenticationEntryPoint entryPoint;

    ApiKeyAuthenticationFilter(PrincipalDirectory directory, AuthenticationEntryPoint entryPoint) {
        this.directory = directory;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        var actor = directory.findByApiKey(key.strip());
        if (actor.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("The API key is not known."));
            return;
        }
        var authority = new SimpleGrantedAuthority("ROLE_" + actor.get().role().name());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(actor.get(), null, List.of(authority));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
