package io.tianping.app.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform's webhook endpoint on a random local port. Every path records what it was sent. A path may be told to
 * fail its first N attempts (503), or to hang until {@link #release()} (a dead endpoint).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String path, byte[] body, String signature, String delivery, Instant at, int answered) { }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hanging = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger hangingNow = new AtomicInteger();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void failFirst(String path, int attempts) {
        failuresLeft.put(path, new AtomicInteger(attempts));
    }

    void hang(String path) {
        hanging.put(path, true);
    }

    /** Requests to a hanging path that have not been answered yet. */
    int hangingNow() {
        return hangingNow.get();
    }

    void release() {
        released.countDown();
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status = 200;
        if (hanging.containsKey(path)) {
            hangingNow.incrementAndGet();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                hangingNow.decrementAndGet();
            }
        }
        AtomicInteger failures = failuresLeft.get(path);
        if (failures != null && failures.getAndDecrement() > 0) {
            status = 503;
        }
        received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("X-Tianping-Signature"),
                exchange.getRequestHeaders().getFirst("X-Tianping-Delivery"), Instant.now(), status));
        try {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the platform gave up waiting (a hanging path): what it would see of a dead endpoint
        }
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
