/** Every error answer is a problem (RFC 9457), also where no controller runs: Tomcat's refusals and {@code /error}. */
package io.tianping.app.web.errors;
