package io.tianping.searchnode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.index.mapper.MapperExtrasPlugin;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.reindex.ReindexPlugin;
import org.elasticsearch.transport.Netty4Plugin;

/**
 * A real single-node Elasticsearch 7.17 for development and tests, run by the app as a child JVM.
 *
 * <p>Usage: {@code SearchNode <home> [httpPort]}. Data and logs go under {@code <home>}; once HTTP is up the
 * bound port is written to {@code <home>/http.port}. The node stops when its standard input reaches EOF, so a
 * parent that dies (even by SIGKILL) leaves no orphan behind.
 */
public final class SearchNode extends Node {

    static final String PORT_FILE = "http.port";
    private static final String NODE_NAME = "tianping-search";

    private SearchNode(Environment environment) {
        super(environment, List.of(Netty4Plugin.class, ReindexPlugin.class, MapperExtrasPlugin.class,
                ChineseAnalysisPlugin.class), true);
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SearchNode <home> [httpPort]");
            System.exit(2);
        }
        try {
            Path home = Path.of(args[0]).toAbsolutePath();
            SearchNode node = start(home, args.length == 2 ? args[1] : "0");
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "search-node-stop"));
            System.in.transferTo(OutputStream.nullOutputStream()); // returns on EOF: the parent closed our stdin or died
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static SearchNode start(Path home, String httpPort) throws Exception {
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "tianping")
                .put("node.name", NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // with a 256 MB heap and the serial collector, the real-memory breaker refuses bulk writes while garbage
                // waits to be collected ("Data too large"), and every refusal makes a projection back off and retry
                .put("indices.breaker.total.use_real_memory", false)
                .build();
        SearchNode node = new SearchNode(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> NODE_NAME));
        try {
            node.start();
            node.installDefaultTemplate();
            node.awaitPrimaries();
            writePortFile(home, node.httpPort());
            return node;
        } catch (Exception e) {
            node.stop();
            throw e;
        }
    }

    /** One shard and no replicas for every index, so a single node keeps them all green. */
    private void installDefaultTemplate() {
        client().admin().indices().preparePutTemplate("tianping-defaults")
                .setPatterns(List.of("*"))
                .setOrder(-1)
                .setSettings(Settings.builder().put("index.number_of_shards", 1).put("index.number_of_replicas", 0))
                .get();
    }

    // after a restart the shards of existing indices recover for a moment: searches would fail with 503 until then
    private void awaitPrimaries() {
        client().admin().cluster().prepareHealth().setWaitForYellowStatus().setTimeout(TimeValue.timeValueSeconds(30)).get();
    }

    private int httpPort() {
        return injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }

    // written then moved, so the parent never reads a half-written port
    private static void writePortFile(Path home, int port) throws IOException {
        Path temporary = Files.createTempFile(home, PORT_FILE, ".tmp");
        Files.writeString(temporary, Integer.toString(port));
        Files.move(temporary, home.resolve(PORT_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void stop() {
        try {
            close();
            awaitClose(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            e.printStackTrace();
        }
    }
}
