package io.tianping.app.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the embedded search node's build is: the folder named by {@code tianping.search.embedded.home}; else
 * {@code search-node/target} of a checkout the platform runs in; else the copy inside the application jar, unpacked
 * once into the data directory. So {@code java -jar app.jar} works from any directory.
 */
final class BundledSearchNode {

    static final String IN_JAR = "embedded-search-node/";
    private static final Logger log = LoggerFactory.getLogger(BundledSearchNode.class);

    private BundledSearchNode() {
    }

    static Path home(String configured, Path dataDir) throws IOException {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        Path checkout = Path.of("search-node", "target");
        if (Files.isDirectory(checkout.resolve("lib"))) {
            return checkout;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + IN_JAR + "**/*.*");
        if (files.length == 0) {
            return checkout; // nothing bundled: EmbeddedSearchNode says how to build or point at one
        }
        return unpack(files, dataDir.resolve("search-node-home"));
    }

    /** The bundled node in {@code target}, unpacked there unless a complete copy of this very bundle is there. */
    private static Path unpack(Resource[] files, Path target) throws IOException {
        long bytes = 0;
        for (Resource file : files) {
            bytes += file.contentLength();
        }
        String fingerprint = files.length + " files, " + bytes + " bytes";
        Path complete = target.resolve(".complete");
        if (Files.exists(complete) && Files.readString(complete).equals(fingerprint)) {
            return target;
        }
        log.info("Unpacking the embedded search node ({}) into {}", fingerprint, target);
        Files.createDirectories(target);
        Files.deleteIfExists(complete);
        for (Resource file : files) {
            String url = file.getURL().toString();
            Path destination = target.resolve(url.substring(url.lastIndexOf(IN_JAR) + IN_JAR.length()));
            Files.createDirectories(destination.getParent());
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(complete, fingerprint); // last: a start that died while unpacking unpacks again
        return target;
    }
}
