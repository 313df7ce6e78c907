/**
 * The registry of live-marketing subjects (platforms, rooms, hosts, agencies), their grades, monitoring findings and the blacklist.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel", "searchsupport", "verification :: api"})
package io.tianping.livestream;
