package io.tianping.enforcement.web;

import io.tianping.searchsupport.SearchPages;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.projection.CaseSearch;
import io.tianping.enforcement.projection.CaseSearch.CasePage;
import io.tianping.enforcement.projection.CaseSearch.Criteria;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Searching cases by the party's name, its credit code or the product (Elasticsearch), among the cases the caller may
 * see: auditors every case, a regulator those shared with a region within its own (as {@link CaseGate}).
 */
@RestController
@RequestMapping("/api/v1/enforcement")
class CaseSearchController {

    private final CaseSearch search;

    CaseSearchController(CaseSearch search) {
        this.search = search;
    }

    /** The matching cases, best match first (most recently changed first without {@code q}), and how many in all. */
    @GetMapping("/cases/search")
    CasePage searchCases(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStage stage,
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + SearchPages.MAX_PAGE, defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + CaseSearch.MAX_SIZE, defaultValue = "20")) @RequestParam(defaultValue = "20") int size,
                    Actor reader) {
        boolean auditor = reader.role() == Role.AUDITOR;
        RegionCode scope = auditor || reader.region() == null ? RegionCode.COUNTRY : reader.region();
        Criteria criteria = Fields.one("", () -> new Criteria(q, stage, scope, page, size));
        if (!auditor && reader.region() == null) {
            return new CasePage(List.of(), 0); // a regulator without a region sees no case (CaseGate.mayRead)
        }
        return search.search(criteria);
    }
}
