package io.tianping.traceability.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.RecallCommand.AnnounceRecall;
import io.tianping.traceability.api.RecallCommand.ReportRecallProgress;
import io.tianping.traceability.api.RecallCorrections;
import io.tianping.traceability.api.RecallId;
import io.tianping.traceability.api.RecallLevel;
import io.tianping.traceability.domain.TraceabilityRuleViolated;
import io.tianping.traceability.projection.ItemIndex;
import io.tianping.traceability.projection.ProductCatalogue;
import io.tianping.traceability.projection.ProductCatalogue.RegisteredProduct;
import io.tianping.traceability.projection.RecallBook;
import io.tianping.traceability.projection.RecallBook.RecallRecord;
import io.tianping.traceability.projection.RecallProgress;
import io.tianping.traceability.web.RecallProgressResponse.CorrectionRate;
import io.tianping.traceability.web.RecallProgressResponse.LevelProgress;
import io.tianping.traceability.web.RecallProgressResponse.MonthlyReport;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recalls: voluntary by the product's manufacturer or ordered by a regulator of its region; progress per level from
 * EPCIS events and the manufacturer's monthly reports.
 */
@RestController
@RequestMapping("/api/v1/traceability/recalls")
class RecallController {

    private final CommandGateway commands;
    private final ProductCatalogue products;
    private final ItemIndex items;
    private final RecallBook recalls;
    private final RecallProgress progress;
    private final Clock clock;

    RecallController(CommandGateway commands, ProductCatalogue products, ItemIndex items, RecallBook recalls,
                     RecallProgress progress, Clock clock) {
        this.commands = commands;
        this.products = products;
        this.items = items;
        this.recalls = recalls;
        this.progress = progress;
        this.clock = clock;
    }

    /** The recall announced, of this GTIN. */
    record RecallCreated(String recallId, String gtin) { }

    @PostMapping
    ResponseEntity<RecallCreated> announceRecall(@RequestBody RecallRequest request, Actor caller) {
        Callers.require(caller, Set.of(Role.MANUFACTURER, Role.REGULATOR), "announce or order recalls");
        var check = new InputCheck();
        Gtin gtin = check.field("gtin", () -> new Gtin(request.gtin()));
        check.field("hazard", () -> text(request.hazard()));
        check.field("remedy", () -> text(request.remedy()));
        check.orThrow();
        RegisteredProduct product = products.find(gtin.value());
        if (product == null) {
            throw new TraceabilityRuleViolated("GTIN %s is not a registered product; only a registered product can be recalled"
                    .formatted(gtin));
        }
        requireMayRecall(caller, product);
        List<String> lots = request.lots() == null ? List.of() : request.lots();
        RecallId id = RecallId.generate();
        AnnounceRecall command = check.field("", () -> new AnnounceRecall(id, gtin, lots, request.hazard(), request.remedy(),
                product.certificateNumber(), product.model(), product.manufacturer(),
                caller.role() == Role.REGULATOR ? caller.id() : null, items.countCommissioned(gtin.value(), lots),
                clock.instant()));
        check.orThrow();
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/v1/traceability/recalls/" + id.value()))
                .body(new RecallCreated(id.value(), gtin.value()));
    }

    @PostMapping("/{id}/reports")
    ResponseEntity<RecallProgressResponse> reportRecallProgress(@PathVariable String id,
                                                                @RequestBody RecallReportRequest request, Actor caller) {
        RecallRecord recall = readable(id, caller);
        if (caller.role() != Role.MANUFACTURER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the recalling manufacturer files monthly reports");
        }
        var check = new InputCheck();
        YearMonth month = check.field("month", () -> month(request.month()));
        RecallReportRequest.Corrected c = request.corrected();
        RecallCorrections corrected = c == null ? check.required("corrected", (RecallCorrections) null)
                : check.field("corrected", () -> new RecallCorrections(count(c.manufacturer()), count(c.distributor()),
                count(c.retailer()), count(c.consumer())));
        check.orThrow();
        commands.sendAndWait(new ReportRecallProgress(recall.recallId(), month, corrected, caller.id(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/traceability/recalls/" + recall.recallId().value()))
                .body(view(recall));
    }

    @GetMapping("/{id}")
    RecallProgressResponse findRecall(@PathVariable String id, Actor caller) {
        return view(readable(id, caller));
    }

    private RecallProgressResponse view(RecallRecord recall) {
        var fromEvents = progress.fromEvents(recall);
        var reports = recalls.reports(recall.recallId());
        RecallCorrections latest = reports.isEmpty() ? new RecallCorrections(0, 0, 0, 0) : reports.getLast().corrected();
        var levels = new ArrayList<LevelProgress>();
        long numerator = 0;
        for (RecallLevel level : RecallLevel.values()) {
            long events = fromEvents.get(level);
            long reported = reported(latest, level);
            long corrected = Math.max(events, reported);
            numerator += corrected;
            levels.add(new LevelProgress(level, events, reported, corrected));
        }
        long denominator = recall.affectedUnits();
        numerator = Math.min(numerator, denominator);
        Double value = denominator == 0 ? null : Math.round(10_000.0 * numerator / denominator) / 10_000.0;
        var overdue = new ArrayList<String>();
        YearMonth current = YearMonth.from(ChinaTime.today(clock));
        for (YearMonth month = YearMonth.from(ChinaTime.dayOf(recall.announcedAt())); month.isBefore(current);
             month = month.plusMonths(1)) {
            YearMonth m = month;
            if (reports.stream().noneMatch(report -> report.month().equals(m))) {
                overdue.add(m.toString());
            }
        }
        return new RecallProgressResponse(recall.recallId().value(), recall.gtin().value(), recall.lots(), recall.hazard(),
                recall.remedy(), recall.certificateNumber().value(), recall.model(), recall.manufacturer().name(),
                recall.manufacturer().creditCode().value(), recall.orderedBy(), recall.announcedAt(), denominator, levels,
                new CorrectionRate(numerator, denominator, value),
                reports.stream().map(r -> new MonthlyReport(r.month().toString(), r.corrected().manufacturer(),
                        r.corrected().distributor(), r.corrected().retailer(), r.corrected().consumer(), r.reportedAt()))
                        .toList(), overdue);
    }

    /** The recall, if the caller may read it: its manufacturer, a regulator of its region, an auditor. */
    private RecallRecord readable(String id, Actor caller) {
        var check = new InputCheck();
        RecallId recallId = check.field("id", () -> new RecallId(id));
        check.orThrow();
        RecallRecord recall = recalls.find(recallId);
        boolean allowed = recall != null && switch (caller.role()) {
            case MANUFACTURER -> recall.manufacturer().creditCode().value().equals(caller.organisation());
            case REGULATOR -> caller.region() != null
                    && recall.manufacturer().creditCode().registrationRegion().isWithin(caller.region());
            case AUDITOR, ADMIN -> true;
            default -> false;
        };
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No recall " + id);
        }
        return recall;
    }

    private static void requireMayRecall(Actor caller, RegisteredProduct product) {
        boolean own = caller.role() == Role.MANUFACTURER
                && product.manufacturer().creditCode().value().equals(caller.organisation());
        boolean regulator = caller.role() == Role.REGULATOR && caller.region() != null
                && product.manufacturer().creditCode().registrationRegion().isWithin(caller.region());
        if (!own && !regulator) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "GTIN %s belongs to another manufacturer%s"
                    .formatted(product.gtin(), caller.role() == Role.REGULATOR ? " outside your region" : ""));
        }
    }

    private static long reported(RecallCorrections corrected, RecallLevel level) {
        return switch (level) {
            case MANUFACTURER -> corrected.manufacturer();
            case DISTRIBUTOR -> corrected.distributor();
            case RETAILER -> corrected.retailer();
            case CONSUMER -> corrected.consumer();
        };
    }

    private static String text(String value) {
        if (value == null || value.isBlank() || value.length() > 2000) {
            throw new IllegalArgumentException("1 to 2000 characters");
        }
        return value;
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("a month, like 2026-12");
        }
    }

    private static long count(Long value) {
        if (value == null || value < 0) {
            throw new IllegalArgumentException("counts are required and not negative");
        }
        return value;
    }

}
