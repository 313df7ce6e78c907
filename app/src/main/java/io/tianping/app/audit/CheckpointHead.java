package io.tianping.app.audit;

/**
 * One aggregate's chain head as a checkpoint recorded it.
 *
 * @param aggregateType the aggregate's type as stored, e.g. {@code Certificate}
 * @param aggregateId   its identifier
 * @param lastSequence  the sequence number of its last event then
 * @param headHash      that event's chain hash
 */
record CheckpointHead(String aggregateType, String aggregateId, long lastSequence, String headHash) {
}
