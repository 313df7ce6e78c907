package io.tianping.verification.web;

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
import org.jspecify.annotations.Nullable;

/** One listing a platform asks about (api.md, listing checks). */
record ListingCheckRequest(String listingId, MerchantBody merchant, @Nullable String title, String catalogueCode, String model,
                           @Nullable String certificateNumber, @DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal price) {

    record MerchantBody(String name, String creditCode) { }

    /** The listing to judge, noting in {@code check} every field that is wrong (prefixed with {@code path}). */
    ListingToCheck toListing(PlatformId platform, InputCheck check, String path) {
        var key = check.field(path + "listingId", () -> new ListingKey(platform, listingId));
        MerchantRef merchantRef = null;
        if (merchant == null) {
            check.required(path + "merchant", null);
        } else {
            var creditCode = check.field(path + "merchant.creditCode", () -> new CreditCode(merchant.creditCode()));
            merchantRef = creditCode == null ? null
                    : check.field(path + "merchant.name", () -> new MerchantRef(merchant.name(), creditCode));
        }
        var code = check.field(path + "catalogueCode", () -> new CatalogueCode(catalogueCode));
        var number = certificateNumber == null || certificateNumber.isBlank() ? null
                : check.field(path + "certificateNumber", () -> new CertificateNumber(certificateNumber));
        var money = check.field(path + "price", () -> new Money(price));
        if (key == null || merchantRef == null || code == null || money == null
                || (number == null && certificateNumber != null && !certificateNumber.isBlank())) {
            return null;
        }
        MerchantRef finalMerchant = merchantRef;
        return check.field(path.isEmpty() ? "" : path.substring(0, path.length() - 1), () -> new ListingToCheck(key,
                finalMerchant, title == null ? "" : title, code, model, number, money));
    }
}
