package io.tianping.odr.api;

import io.tianping.sharedkernel.CatalogueCode;
import org.jspecify.annotations.Nullable;

/**
 * The product complained about; complaints about one catalogue code and model form the clusters spot checks weigh.
 *
 * @param name          the product's name
 * @param catalogueCode its CCC catalogue code, when it is a catalogue product; may be null
 * @param model         its model, when known; may be null
 */
public record ComplaintProduct(String name, @Nullable CatalogueCode catalogueCode, String model) {

    public ComplaintProduct {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: is required");
        }
        name = name.strip();
        model = model == null || model.isBlank() ? null : model.strip();
    }
}
