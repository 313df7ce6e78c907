package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.CatalogueCode;

import java.util.Locale;
import java.util.Map;

/**
 * Consumer complaints per catalogue code and model over the last {@code windowDays} (odr's complaint clusters): a
 * listing of a much-complained-about model is drawn more often.
 *
 * @param byProductModel complaints per {@link #key(CatalogueCode, String)}
 * @param windowDays     the days the counts cover, for the reason a person reads
 */
public record ComplaintHistory(Map<String, Integer> byProductModel, int windowDays) {

    public static final ComplaintHistory NONE = new ComplaintHistory(Map.of(), 90);

    public ComplaintHistory {
        byProductModel = Map.copyOf(byProductModel);
    }

    public static String key(CatalogueCode code, String model) {
        return code.value() + "|" + model.strip().toUpperCase(Locale.ROOT);
    }

    /** Complaints about the candidate's catalogue code and model; 0 when its model is unknown. */
    int of(Candidate candidate) {
        return candidate.model() == null || candidate.model().isBlank() ? 0
                : byProductModel.getOrDefault(key(candidate.catalogueCode(), candidate.model()), 0);
    }
}
