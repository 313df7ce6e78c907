package io.tianping.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No principal with that id that could be changed (unknown, or already revoked): 404. */
class PrincipalNotFound extends ResponseStatusException {

    PrincipalNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "No active principal " + id);
    }
}
