/**
 * Value types used by three or more modules: credit codes, region codes, the CCC catalogue, platform ids,
 * merchant references, money, the working-day calendar and the actor behind a change. No messages, no Axon.
 */
package io.tianping.sharedkernel;
