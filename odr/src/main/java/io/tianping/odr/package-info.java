/**
 * Online dispute resolution: ODR enterprises negotiate consumer complaints directly, on legal clocks, and escalate what they cannot settle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel"})
package io.tianping.odr;
