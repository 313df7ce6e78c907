package io.tianping.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The console's sessions, read by both filter chains: the login of the session, as long as its person is still
 * there. A person revoked after signing in is nobody from their next request, as with Basic (api.md: "a revocation
 * holds from the next request"); the table is asked once per request that carries a session.
 */
final class LiveSessions implements SecurityContextRepository {

    private final SecurityContextRepository delegate;
    private final PrincipalDirectory directory;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    LiveSessions(PrincipalDirectory directory) {
        this(directory, true);
    }

    private LiveSessions(PrincipalDirectory directory, boolean createSessions) {
        var sessions = new HttpSessionSecurityContextRepository();
        sessions.setAllowSessionCreation(createSessions);
        this.delegate = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions);
        this.directory = directory;
    }

    /**
     * The same sessions for the API: read, and kept up to date, but never started. Otherwise every call with an API
     * key or Basic credentials would leave a session on the server for its 30 minutes (millions at the check rate).
     */
    LiveSessions withoutStartingSessions() {
        return new LiveSessions(directory, false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = delegate.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext checked;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = live(stored.get());
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated() || get() != stored.get();
            }
        };
    }

    private SecurityContext live(SecurityContext context) {
        if (context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof PersonDetails person
                && !directory.isActivePerson(person.actor().id())) {
            return holder.createEmptyContext();
        }
        return context;
    }

    @Override
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        delegate.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return delegate.containsContext(request);
    }
}
