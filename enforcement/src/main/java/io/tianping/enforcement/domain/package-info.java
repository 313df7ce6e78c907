/**
 * The write side of enforcement: the case aggregate (clue to closure), the serious-violation list, the legal clocks
 * and {@link io.tianping.enforcement.domain.CaseState}, the fold of a case's events that the aggregate and the
 * "as of" read side share. No web, JPA or Elasticsearch here, and no system clock: time comes on the command.
 */
package io.tianping.enforcement.domain;
