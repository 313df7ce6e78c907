/**
 * {@code Idempotency-Key} on POSTs (issue 11): a retried request with the same key from the same caller gets the first
 * answer again instead of creating twice; the same key with another request is a 422.
 */
package io.tianping.app.web.idempotency;
