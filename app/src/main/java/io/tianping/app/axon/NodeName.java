package io.tianping.app.axon;

import java.lang.management.ManagementFactory;

/**
 * This application node's name among the nodes sharing one database: the owner of the event-processor segments it
 * claims in {@code token_entry} and of its heartbeat in {@code app_node}. {@code tianping.node-id}, or by default the
 * JVM's {@code pid@host}, which differs between nodes on one machine and across machines.
 */
public record NodeName(String value) {

    static NodeName of(String configured) {
        return new NodeName(configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip());
    }
}
