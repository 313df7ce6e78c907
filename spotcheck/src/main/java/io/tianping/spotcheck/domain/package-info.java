/**
 * The write side of spot checks: the plan and sample aggregates, the sample clocks ({@link
 * io.tianping.spotcheck.domain.SampleClocks}) and {@link io.tianping.spotcheck.domain.SampleState}, the fold of a
 * sample's events that the aggregate and the read side share. No web, JDBC or Elasticsearch here, and no system
 * clock: time comes on the command.
 */
package io.tianping.spotcheck.domain;
