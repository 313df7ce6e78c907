package io.tianping.traceability.projection;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application node's name, as the capture jobs record it ({@code tianping.node-id}, else the JVM's
 * {@code pid@host}), and whether it runs the embedded database itself (then every job left running at its start was its own).
 */
@Component
public class ThisNode {

    private final String name;
    private final boolean alone;

    ThisNode(@Value("${tianping.node-id:}") String configured, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.name = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip();
        this.alone = databaseUrl.isBlank();
    }

    public String name() {
        return name;
    }

    public boolean alone() {
        return alone;
    }
}
