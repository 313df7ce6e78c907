package io.tianping.traceability.capture;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.traceability.projection.ItemIndex;
import io.tianping.traceability.projection.ThisNode;
import io.tianping.traceability.projection.ItemIndex.ItemRecord;
import io.tianping.traceability.projection.ItemState;
import io.tianping.traceability.projection.ProductCatalogue;
import io.tianping.traceability.projection.ProductCatalogue.RegisteredProduct;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * EPCIS capture jobs (EPCIS 2.0 REST binding): a document is accepted at once and captured on a worker thread — read
 * and validated, checked against the caller's registered GTINs, then stored in one transaction. With {@code rollback}
 * (the default) any error stores nothing; with {@code proceed} the events without errors are stored. A problem with the
 * document itself (its {@code @context}, its shape) stores nothing either way.
 */
@Component
public class CaptureJobs implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CaptureJobs.class);

    private final EpcisDocumentReader reader = new EpcisDocumentReader();
    private final CaptureStore store;
    private final ProductCatalogue products;
    private final ItemIndex items;
    private final ThisNode node;
    private final Clock clock;
    /** Two workers; at most {@value #QUEUED} documents wait (each is held in memory), beyond that a capture is refused. */
    static final int QUEUED = 64;
    private final ExecutorService workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED), Thread.ofPlatform().name("epcis-capture-", 0).daemon().factory());

    CaptureJobs(CaptureStore store, ProductCatalogue products, ItemIndex items, ThisNode node, Clock clock) {
        this.store = store;
        this.products = products;
        this.items = items;
        this.node = node;
        this.clock = clock;
    }

    /** Starts capturing {@code document} for {@code owner}; returns the job's captureID. */
    public String submit(CreditCode owner, boolean proceed, JsonNode document) {
        String captureId = UUID.randomUUID().toString();
        store.startJob(captureId, owner.value(), proceed ? "proceed" : "rollback", node.name(), clock.instant());
        try {
            workers.execute(() -> run(captureId, owner, proceed, document));
        } catch (RejectedExecutionException busy) {
            store.finishJob(captureId, false, 0, List.of(new CaptureError(null, "(document)",
                    "too many documents are waiting to be captured; nothing was stored, send it again later")), clock.instant());
            throw new CaptureBusy();
        }
        return captureId;
    }

    void run(String captureId, CreditCode owner, boolean proceed, JsonNode document) {
        try {
            var read = reader.read(document);
            var errors = new ArrayList<>(read.errors());
            Set<String> existing = store.existing(read.events().stream().map(CapturedEvent::eventId).toList());
            for (CapturedEvent event : read.events()) {
                ownership(event, owner, errors);
                if (existing.contains(event.eventId()) && event.declaration() == null) {
                    errors.add(new CaptureError(event.index(), "eventID", "event %s is captured already; only an error declaration may repeat it"
                            .formatted(event.eventId())));
                }
            }
            duplicates(read.events(), existing, errors);
            boolean storeNothing = read.documentRefused() || (!proceed && !errors.isEmpty());
            Set<Integer> refused = new HashSet<>();
            errors.forEach(error -> refused.add(error.eventIndex()));
            List<CapturedEvent> accepted = storeNothing ? List.of()
                    : read.events().stream().filter(event -> !refused.contains(event.index())).toList();
            var changes = store.save(captureId, owner.value(), accepted, existing, clock.instant());
            changes.forEach(change -> items.put(change.gtin().intern(), change.serial(),
                    new ItemRecord(lotOf(change), ItemState.valueOf(change.state()))));
            errors.sort(java.util.Comparator.comparing(CaptureError::eventIndex,
                    java.util.Comparator.nullsFirst(Integer::compare)));
            store.finishJob(captureId, errors.isEmpty(), accepted.size(), errors, clock.instant());
        } catch (RuntimeException e) {
            log.error("EPCIS capture {} failed", captureId, e);
            store.finishJob(captureId, false, 0, List.of(new CaptureError(null, "(document)",
                    "the capture failed on our side and stored nothing; it has been logged")), clock.instant());
        }
    }

    private String lotOf(CaptureStore.ItemChange change) {
        if (change.lot() != null) {
            return change.lot();
        }
        ItemRecord known = items.find(change.gtin(), change.serial());
        return known == null ? null : known.lot();
    }

    private void ownership(CapturedEvent event, CreditCode owner, List<CaptureError> errors) {
        for (String gtin : event.gtins()) {
            RegisteredProduct product = products.find(gtin);
            if (product == null) {
                errors.add(new CaptureError(event.index(), "epcList", "GTIN %s is not a registered product: register it first"
                        .formatted(gtin)));
            } else if (!product.manufacturer().creditCode().equals(owner)) {
                errors.add(new CaptureError(event.index(), "epcList", "GTIN %s is registered by another manufacturer"
                        .formatted(gtin)));
            }
        }
    }

    private static void duplicates(List<CapturedEvent> events, Set<String> existing, List<CaptureError> errors) {
        var seen = new HashSet<String>();
        for (CapturedEvent event : events) {
            if (!seen.add(event.eventId()) && event.declaration() == null && !existing.contains(event.eventId())) {
                errors.add(new CaptureError(event.index(), "eventID", "event %s appears twice in the document"
                        .formatted(event.eventId())));
            }
        }
    }

    /** More documents wait than the workers may hold: the caller should retry later (503). */
    public static final class CaptureBusy extends org.springframework.web.server.ResponseStatusException {
        CaptureBusy() {
            super(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "Too many EPCIS documents are waiting to be captured; retry later");
        }
    }

    /** At start, the jobs this node left running (all of them when it is alone) failed with its restart. */
    @Override
    public void afterSingletonsInstantiated() {
        if (node.alone()) {
            store.failInterruptedJobs("true", clock.instant());
        } else {
            store.failInterruptedJobs("node = ?", clock.instant(), node.name());
        }
    }

    /** A job running for longer than any capture takes belongs to a node that died and did not come back: it failed. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void failAbandonedJobs() {
        try {
            int failed = store.failInterruptedJobs("stored_at < clock_timestamp() - interval '10 minutes'", clock.instant());
            if (failed > 0) {
                log.warn("{} EPCIS capture jobs left running by a node that stopped were marked failed", failed);
            }
        } catch (RuntimeException e) {
            log.debug("Abandoned capture jobs not checked: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
