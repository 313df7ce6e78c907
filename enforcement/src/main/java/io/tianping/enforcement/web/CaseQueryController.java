package io.tianping.enforcement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.projection.CaseList;
import io.tianping.enforcement.projection.CaseList.CaseRow;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading cases: one case now or as it stood at an instant, a region's cases, and its overdue list. */
@RestController
@RequestMapping("/api/v1/enforcement")
class CaseQueryController {

    private final CaseGate gate;
    private final CaseList cases;

    CaseQueryController(CaseGate gate, CaseList cases) {
        this.gate = gate;
        this.cases = cases;
    }

    /** The case; with {@code asOf}, rebuilt from only the events stored at or before that instant. */
    @GetMapping("/cases/{id}")
    CaseResponse findCase(@PathVariable String id, @RequestParam(required = false) Instant asOf, Actor reader) {
        return CaseResponse.of(gate.visible(reader, id, asOf));
    }

    /** The cases visible to the caller, most recently changed first (or {@code sort=deadline}); filter by stage. */
    @GetMapping("/cases")
    List<CaseRow> listCases(@RequestParam(required = false) CaseStage stage, @RequestParam(defaultValue = "changed") String sort,
                       @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + Integer.MAX_VALUE, defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
                       @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + CaseList.MAX_SIZE, defaultValue = "20")) @RequestParam(defaultValue = "20") int size,
                       Actor reader) {
        if (!sort.equals("changed") && !sort.equals("deadline")) {
            throw new IllegalArgumentException("sort: 'changed' or 'deadline', got '%s'".formatted(sort));
        }
        return cases.visibleTo(scope(reader), stage == null ? null : stage.name(), false, sort.equals("deadline"), page, size);
    }

    /** Cases with a legal clock missed and not yet met, in the caller's region. */
    @GetMapping("/overdue")
    List<CaseRow> listOverdueCases(@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + Integer.MAX_VALUE, defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
            @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + CaseList.MAX_SIZE, defaultValue = "100")) @RequestParam(defaultValue = "100") int size,
                          Actor reader) {
        return cases.visibleTo(scope(reader), null, true, page, size);
    }

    private static RegionCode scope(Actor reader) {
        return reader.role() == Role.AUDITOR || reader.region() == null ? RegionCode.COUNTRY : reader.region();
    }
}
