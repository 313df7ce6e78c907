package io.tianping.spotcheck.projection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.domain.selection.Candidate;
import io.tianping.spotcheck.domain.selection.FailureHistory;
import io.tianping.spotcheck.domain.selection.PriceRange;
import io.tianping.verification.api.ListingKey;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a draw needs, read from spotcheck's own tables: the listings on sale of the plan's products (not held, their
 * certificate valid), the price base (the reasonable range P10–P90 and the median per catalogue code, from the prices
 * listings passed their checks at), and the failure history of producers and platforms from final results.
 */
@Component
public class SelectionInputs {

    private final JdbcClient jdbc;

    SelectionInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Candidate> candidates(Collection<CatalogueCode> products) {
        String[] codes = products.stream().map(CatalogueCode::value).toArray(String[]::new);
        return jdbc.sql("""
                select l.platform, l.listing_id, l.catalogue_code, l.merchant_name, l.merchant_credit_code, l.model,
                       l.price, c.manufacturer_name, c.manufacturer_credit_code
                from spotcheck_listing l join spotcheck_certificate c on c.number = l.certificate_number
                where l.catalogue_code = any (?) and not l.held and c.status = 'VALID' and l.price is not null""")
                .param(codes)
                .query((rs, row) -> new Candidate(new ListingKey(new PlatformId(rs.getString(1)), rs.getString(2)),
                        new CatalogueCode(rs.getString(3)), new MerchantRef(rs.getString(4), new CreditCode(rs.getString(5))),
                        rs.getString(8), new CreditCode(rs.getString(9)), rs.getString(6), new Money(rs.getBigDecimal(7))))
                .list();
    }

    /** The price base: per catalogue code, the median and the P10–P90 range of listed prices. */
    public Map<CatalogueCode, PriceRange> priceRanges(Collection<CatalogueCode> products) {
        String[] codes = products.stream().map(CatalogueCode::value).toArray(String[]::new);
        var ranges = new HashMap<CatalogueCode, PriceRange>();
        jdbc.sql("""
                select catalogue_code, percentile_cont(0.5) within group (order by price),
                       percentile_cont(0.1) within group (order by price), percentile_cont(0.9) within group (order by price),
                       count(*)
                from spotcheck_listing where catalogue_code = any (?) and price > 0 group by catalogue_code""")
                .param(codes)
                .query(rs -> {
                    var code = new CatalogueCode(rs.getString(1));
                    ranges.put(code, new PriceRange(code, money(rs.getDouble(2)), money(rs.getDouble(3)),
                            money(rs.getDouble(4)), rs.getInt(5)));
                });
        return ranges;
    }

    public Map<CreditCode, FailureHistory> producerHistories() {
        var histories = new HashMap<CreditCode, FailureHistory>();
        jdbc.sql("select producer_credit_code, count(*), count(*) filter (where not conforming) from spotcheck_result group by 1")
                .query(rs -> {
                    histories.put(new CreditCode(rs.getString(1)), new FailureHistory(rs.getInt(2), rs.getInt(3)));
                });
        return histories;
    }

    public Map<PlatformId, FailureHistory> platformHistories() {
        var histories = new HashMap<PlatformId, FailureHistory>();
        jdbc.sql("select platform, count(*), count(*) filter (where not conforming) from spotcheck_result group by 1")
                .query(rs -> {
                    histories.put(new PlatformId(rs.getString(1)), new FailureHistory(rs.getInt(2), rs.getInt(3)));
                });
        return histories;
    }

    private static Money money(double value) {
        return new Money(BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** The product name on the certificate a listing passed with, or null when unknown. */
    public String productNameOf(ListingKey listing) {
        return jdbc.sql("""
                select c.product_name from spotcheck_listing l join spotcheck_certificate c on c.number = l.certificate_number
                where l.platform = ? and l.listing_id = ?""")
                .params(listing.platform().value(), listing.listingId())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
