package io.tianping.app.deadletter;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.sharedkernel.Actor;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators see the events each processing group failed on, retry a group's letters at once (after a fix, without
 * waiting for the back-off), and evict a sequence that should never be applied; both changes are logged with who made
 * them. Administrators only ({@code /api/v1/admin/**}).
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);
    private static final int MAX_LIMIT = 1000;

    private final DeadLetters deadLetters;
    private final DeadLetterQueues queues;

    DeadLetterController(DeadLetters deadLetters, DeadLetterQueues queues) {
        this.deadLetters = deadLetters;
        this.queues = queues;
    }

    /** A group's dead letters: how many aggregates are held back, how many events in all, and the first letters. */
    record DeadLetterGroup(String processingGroup, long sequences, long letters, List<Letter> deadLetters) { }

    /** What an eviction removed: the sequence's letters, by event id. */
    record DeadLetterEviction(String processingGroup, String evicted, List<String> eventIds) { }

    /** Every group that holds dead letters. */
    @GetMapping
    List<DeadLetterGroup> listDeadLetters(@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "100")) @RequestParam(defaultValue = "100") int limit) {
        requireLimit(limit); // also when no group holds letters
        var counts = queues.counts();
        return counts.keySet().stream().map(group -> group(group, counts, limit)).toList();
    }

    @GetMapping("/{processingGroup}")
    DeadLetterGroup findDeadLetters(@PathVariable String processingGroup,
                                     @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "100")) @RequestParam(defaultValue = "100") int limit) {
        return group(known(processingGroup), queues.counts(), limit);
    }

    @PostMapping("/{processingGroup}/retry")
    DeadLetters.Retry retryDeadLetters(@PathVariable String processingGroup, Actor admin) {
        var retry = deadLetters.retry(known(processingGroup), false);
        log.info("Dead letters of {} retried by {} ({}): {} sequences, {} cleared, {} letters left", processingGroup,
                admin.id(), admin.role(), retry.sequencesRetried(), retry.sequencesCleared(), retry.lettersLeft());
        return retry;
    }

    /** Evicts a sequence by its identifier, or by the id of one of its letters; its events are never applied. */
    @DeleteMapping("/{processingGroup}/{sequence}")
    DeadLetterEviction evictDeadLetters(@PathVariable String processingGroup, @PathVariable String sequence, Actor admin) {
        List<String> eventIds = deadLetters.evict(known(processingGroup), sequence);
        if (eventIds.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Processing group " + processingGroup + " has no dead-letter sequence or letter " + sequence);
        }
        log.warn("Dead letters EVICTED by {} ({}): group {}, sequence {}, events {}; the group will never handle them",
                admin.id(), admin.role(), processingGroup, sequence, eventIds);
        return new DeadLetterEviction(processingGroup, sequence, eventIds);
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    private DeadLetterGroup group(String processingGroup, Map<String, DeadLetterQueues.Count> counts, int limit) {
        requireLimit(limit);
        var count = counts.getOrDefault(processingGroup, DeadLetterQueues.Count.NONE);
        return new DeadLetterGroup(processingGroup, count.sequences(), count.letters(),
                count.letters() == 0 ? List.of() : deadLetters.letters(processingGroup, limit));
    }

    private String known(String processingGroup) {
        if (!deadLetters.exists(processingGroup)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No processing group " + processingGroup);
        }
        return processingGroup;
    }
}
