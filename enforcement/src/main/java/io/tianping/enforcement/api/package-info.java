/**
 * What the enforcement module publishes to other modules: commands, events, queries, views and ids, records only.
 */
@org.springframework.modulith.NamedInterface("api")
package io.tianping.enforcement.api;
