/**
 * ODR enterprises and consumer complaints as event-sourced aggregates, and the working-day clocks they keep.
 */
package io.tianping.odr.domain;
