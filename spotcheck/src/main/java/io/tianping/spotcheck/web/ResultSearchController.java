package io.tianping.spotcheck.web;

import io.tianping.searchsupport.SearchPages;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.projection.ResultSearch;
import io.tianping.spotcheck.projection.ResultSearch.Criteria;
import io.tianping.spotcheck.projection.ResultSearch.ResultPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Searching published spot-check results (Elasticsearch) by product, model, seller, producer, credit code or failed
 * item. Published results are public to every regulator and auditor, so no region narrows the search.
 */
@RestController
@RequestMapping("/api/v1/spotcheck")
class ResultSearchController {

    private final ResultSearch search;

    ResultSearchController(ResultSearch search) {
        this.search = search;
    }

    /** The matching results, best match first (most recently final first without {@code q}), and how many in all. */
    @GetMapping("/results")
    ResultPage searchResults(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean conforming,
                      @RequestParam(required = false) String platform, @RequestParam(required = false) String planId,
                      @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + SearchPages.MAX_PAGE, defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
                      @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ResultSearch.MAX_SIZE, defaultValue = "20")) @RequestParam(defaultValue = "20") int size) {
        var check = new InputCheck();
        PlatformId onPlatform = platform == null ? null : check.field("platform", () -> new PlatformId(platform));
        PlanId ofPlan = planId == null ? null : check.field("", () -> PlanId.of(planId)); // its message names planId
        Criteria criteria = check.field("", () -> new Criteria(q, conforming, onPlatform, ofPlan, page, size));
        check.orThrow();
        return search.search(criteria);
    }
}
