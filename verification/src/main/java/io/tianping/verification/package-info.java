/**
 * CCC certificates, the listing checks platforms call 7×24 against them, and the takedown notices that follow when a certificate leaves VALID.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel", "searchsupport"})
package io.tianping.verification;
