/**
 * Online dispute resolution: ODR enterprises negotiate consumer complaints directly, on legal clocks, and escalate what they cannot settle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel", "searchsupport"})
package io.tianping.odr;
