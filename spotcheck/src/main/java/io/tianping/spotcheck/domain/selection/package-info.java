/**
 * Which listings a spot-check plan buys: risk weights (price far below the category's median, past failures of the
 * producer and the platform) and a seeded weighted draw per platform quota, so the same plan and seed always give the
 * same listings and each listing says, to a person, why it was chosen. Pure: no Spring, no Axon, no I/O.
 */
package io.tianping.spotcheck.domain.selection;
