/**
 * Value types used by three or more modules: credit codes, region codes, the CCC catalogue, platform ids,
 * merchant references, money, the working-day calendar and the actor behind a change; and the checks they share:
 * UUID ids ({@link io.tianping.sharedkernel.Uuids}), required and text fields ({@link io.tianping.sharedkernel.Fields}),
 * caller input ({@link io.tianping.sharedkernel.InputCheck}), China's time zone. No messages, no Axon.
 */
package io.tianping.sharedkernel;
