/**
 * Quality spot checks of products bought online: plans, risk targeting, samples, lab results, objections, publication and rankings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharedkernel", "searchsupport", "verification :: api", "odr :: api", "traceability :: api"})
package io.tianping.spotcheck;
