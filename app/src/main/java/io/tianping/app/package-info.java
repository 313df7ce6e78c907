/**
 * Wiring and infrastructure: the Axon event store on PostgreSQL, the embedded database and search node,
 * security, the error model, the console and the audit endpoints.
 */
@org.springframework.modulith.ApplicationModule
package io.tianping.app;
