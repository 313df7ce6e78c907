/**
 * Read-your-writes (issue 11): a write is answered once the read models that handle its events have applied them,
 * so the caller's next read, or a client following the {@code Location} of a 201, sees what it wrote.
 */
package io.tianping.app.web.consistency;
