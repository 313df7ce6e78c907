/**
 * One item one code: product codes, consumer scans, clone detection, digital product passports and recalls.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel", "searchsupport", "verification :: api"})
package io.tianping.traceability;
