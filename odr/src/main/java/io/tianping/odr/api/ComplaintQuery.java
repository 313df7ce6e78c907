package io.tianping.odr.api;

import io.tianping.sharedkernel.CatalogueCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Questions other modules may ask odr through the query gateway. */
public sealed interface ComplaintQuery {

    /**
     * Clusters of complaints about one catalogue code and model received in [{@code from}, {@code to}] (China days),
     * those with at least {@code minimum} complaints, for the given products; answered with {@link ComplaintClusters}.
     */
    record ListComplaintClusters(Set<CatalogueCode> products, LocalDate from, LocalDate to, int minimum)
            implements ComplaintQuery {
        public ListComplaintClusters {
            products = Set.copyOf(Checks.required("products", products));
            Checks.required("from", from);
            Checks.required("to", to);
            if (minimum < 1) {
                throw new IllegalArgumentException("minimum: must be at least 1, got " + minimum);
            }
        }
    }

    /** The clusters found, largest first. */
    record ComplaintClusters(List<ComplaintCluster> clusters) {
        public ComplaintClusters {
            clusters = List.copyOf(clusters);
        }
    }

    /**
     * Complaints about one product model over a window.
     *
     * @param model the model as complaints named it, upper-cased; complaints without a model are not clustered
     */
    record ComplaintCluster(CatalogueCode catalogueCode, String model, int complaints, LocalDate from, LocalDate to) {
    }
}
