package io.tianping.livestream.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.Verdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product shown in a live session, with the verdict the listing check gave it.
 *
 * @param listingId         the platform's id of the product's listing
 * @param catalogueCode     its CCC catalogue code
 * @param model             its model
 * @param certificateNumber the CCC certificate it names, or null
 * @param seller            who sells it (art. 27: the room verifies the real seller)
 * @param price             its price
 * @param verdict           PASS or INTERCEPT, exactly as a listing check
 * @param reasons           the listing check's reasons; empty for PASS
 */
public record SessionProduct(String listingId, CatalogueCode catalogueCode, String model,
                             @Nullable CertificateNumber certificateNumber, MerchantRef seller, Money price, Verdict verdict,
                             List<InterceptReason> reasons) {

    public SessionProduct {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
