package io.tianping.app.web.idempotency;

/**
 * What was answered to the first request with a key, or that it is still being answered ({@code status} null).
 *
 * @param method      the first request's method
 * @param path        the first request's path and query
 * @param bodySha256  the SHA-256 of the first request's body
 * @param status      the HTTP status answered; null while the first request runs
 * @param contentType the answer's media type
 * @param location    the answer's Location header, if any
 * @param body        the answer's body
 * @param ageSeconds  how long ago the first request came
 */
record StoredAnswer(String method, String path, String bodySha256, Integer status, String contentType, String location,
                    byte[] body, long ageSeconds) {

    boolean answers(String method, String path, String bodySha256) {
        return this.method.equals(method) && this.path.equals(path) && this.bodySha256.equals(bodySha256);
    }
}
