package io.tianping.livestream.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.ListingToCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A session a platform reports: the room (operator), at least one host, and the products shown. */
record SessionRequest(String operatorId, List<String> hostIds, Instant startedAt, List<ProductBody> products) {

    /** A product shown, as a listing would be checked. */
    record ProductBody(String listingId, String catalogueCode, String model, String certificateNumber,
                       SellerBody seller, @DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal price) {

        ListingToCheck toListing(PlatformId platform, InputCheck check, String path) {
            var key = check.field(path + "listingId", () -> new ListingKey(platform, listingId));
            MerchantRef merchant = null;
            if (seller == null) {
                check.required(path + "seller", null);
            } else {
                var code = check.field(path + "seller.creditCode", () -> new CreditCode(seller.creditCode()));
                merchant = code == null ? null : check.field(path + "seller.name", () -> new MerchantRef(seller.name(), code));
            }
            var catalogue = check.field(path + "catalogueCode", () -> new CatalogueCode(catalogueCode));
            boolean named = certificateNumber != null && !certificateNumber.isBlank();
            var number = named ? check.field(path + "certificateNumber", () -> new CertificateNumber(certificateNumber)) : null;
            var money = check.field(path + "price", () -> new Money(price));
            if (key == null || merchant == null || catalogue == null || money == null || (named && number == null)) {
                return null;
            }
            MerchantRef sold = merchant;
            return check.field(path.substring(0, path.length() - 1), () -> new ListingToCheck(key, sold,
                    model == null ? "" : model, catalogue, model, number, money));
        }
    }

    /** Who sells the product (the real seller the room verified, art. 27). */
    record SellerBody(String name, String creditCode) { }
}
