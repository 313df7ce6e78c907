package io.tianping.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/** Work spread over a number of connections, with a progress line every 15 s; the first failure stops it all. */
final class Parallel {

    private Parallel() {
    }

    /**
     * Runs {@code task} for {@code from}, {@code from + step}, ... below {@code to} on {@code connections} threads and
     * answers the seconds it took. Every 15 s prints {@code progress} (a format taking the count done, the count in all
     * and the seconds so far); the count done is {@code done}, or, when null, how far the tasks were handed out.
     */
    static double run(String name, int from, int to, int step, int connections, IntConsumer task, String progress,
            LongSupplier done) throws InterruptedException {
        var next = new AtomicInteger(from);
        var failure = new AtomicReference<RuntimeException>();
        LongSupplier counted = done != null ? done : () -> Math.min(next.get(), to) - from;
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        for (int w = 0; w < connections; w++) {
            workers.execute(() -> {
                for (int i = next.getAndAdd(step); i < to && failure.get() == null; i = next.getAndAdd(step)) {
                    try {
                        task.accept(i);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            });
        }
        workers.shutdown();
        long lastReport = System.nanoTime();
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            if (System.nanoTime() - lastReport > 15e9) {
                lastReport = System.nanoTime();
                System.out.printf(progress, counted.getAsLong(), to - from, (lastReport - started) / 1e9);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException(name + " failed: " + failure.get().getMessage(), failure.get());
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
