package io.tianping.app.support;

import io.tianping.TianpingApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A platform of a test's own, on a data directory the test owns (so it can be stopped, broken and started again),
 * instead of the shared context of {@link TianpingTest}.
 */
public final class OwnPlatform {

    private OwnPlatform() {
    }

    /** Starts the platform with the test profile on {@code dataDir}, a free port, and {@code arguments} added. */
    public static ConfigurableApplicationContext start(Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--tianping.data-dir=" + dataDir));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(TianpingApplication.class).profiles("test").run(all.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext platform) {
        return ((WebServerApplicationContext) platform).getWebServer().getPort();
    }
}
