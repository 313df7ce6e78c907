/**
 * Clues and cases across regions: transfers, assistance, joint cases, penalties and the serious-violation list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel", "searchsupport", "verification :: api", "odr :: api", "livestream :: api", "traceability :: api", "spotcheck :: api"})
package io.tianping.enforcement;
