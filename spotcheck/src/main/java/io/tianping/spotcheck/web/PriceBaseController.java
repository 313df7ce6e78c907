package io.tianping.spotcheck.web;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.Money;
import io.tianping.spotcheck.domain.selection.PriceRange;
import io.tianping.spotcheck.projection.SelectionInputs;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The price information base: per catalogue code, the median and reasonable range of the prices listings passed at. */
@RestController
@RequestMapping("/api/v1/spotcheck/prices")
class PriceBaseController {

    private final SelectionInputs inputs;

    PriceBaseController(SelectionInputs inputs) {
        this.inputs = inputs;
    }

    /**
     * The prices listings of a catalogue code passed checks at: median, the reasonable range ({@code low}–{@code high})
     * and how many prices it was computed from.
     */
    record PriceRangeResponse(CatalogueCode code, Money median, Money low, Money high, int observations) { }

    @GetMapping("/{catalogueCode}")
    PriceRangeResponse findPriceRange(@PathVariable String catalogueCode) {
        CatalogueCode code = SpotcheckGate.parse("catalogueCode", () -> new CatalogueCode(catalogueCode));
        PriceRange range = inputs.priceRanges(List.of(code)).get(code);
        if (range == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No listing of " + code + " has passed a check yet");
        }
        return new PriceRangeResponse(range.code(), range.median(), range.low(), range.high(), range.observations());
    }
}
