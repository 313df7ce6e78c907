/**
 * Platforms ranked by how often their sampled products failed: raw rate with a Wilson 95% interval, and a rate
 * adjusted for the mix of products sampled. Pure: no Spring, no Axon, no I/O.
 */
package io.tianping.spotcheck.domain.ranking;
