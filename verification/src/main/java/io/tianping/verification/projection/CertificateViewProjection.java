package io.tianping.verification.projection;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code certificate_view}: each certificate as it stands. Idempotent: an event at or below the row's sequence is
 * skipped. A batch's rows are written in JDBC batches ({@link BatchedStatements}).
 */
@Component
@ProcessingGroup(CertificateViewProjection.GROUP)
class CertificateViewProjection {

    static final String GROUP = "verification-certificate-view";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final Clock clock;

    CertificateViewProjection(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(CertificateIssued e, @SequenceNumber long sequence, @Timestamp Instant at) {
        BatchedStatements.add(batches, """
                insert into certificate_view (number, status, holder_name, holder_credit_code, manufacturer_name,
                    manufacturer_credit_code, factory_name, factory_address, product_name, catalogue_code, models,
                    standards, issued_on, valid_until, issuing_body, status_changed_at, last_sequence)
                values (?, 'VALID', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (number) do nothing""",
                e.number().value(), e.holder().name(), e.holder().creditCode().value(), e.manufacturer().name(),
                e.manufacturer().creditCode().value(), e.factory() == null ? null : e.factory().name(),
                e.factory() == null ? null : e.factory().address(), e.productName(), e.catalogueCode().value(),
                json.writeValueAsString(e.models()), json.writeValueAsString(e.standards()), e.issuedOn(),
                e.validUntil(), e.issuingBody(), java.sql.Timestamp.from(at), sequence);
    }

    @EventHandler
    void on(StatusChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
        BatchedStatements.add(batches, """
                update certificate_view set status = ?, status_reason = ?, status_changed_at = ?, last_sequence = ?
                where number = ? and last_sequence < ?""",
                e.status().name(), e.reason(), java.sql.Timestamp.from(at), sequence, e.number().value(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from certificate_view").update();
    }

    @QueryHandler
    Optional<CertificateView> handle(FindCertificate query) {
        LocalDate today = ChinaTime.today(clock);
        return jdbc.sql("select * from certificate_view where number = ?")
                .param(query.number().value())
                .query((rs, row) -> view(rs).asOf(today))
                .optional();
    }

    private CertificateView view(ResultSet rs) throws SQLException {
        String factoryName = rs.getString("factory_name");
        return new CertificateView(new CertificateNumber(rs.getString("number")),
                CertificateStatus.valueOf(rs.getString("status")),
                new Party(rs.getString("holder_name"), new CreditCode(rs.getString("holder_credit_code"))),
                new Party(rs.getString("manufacturer_name"), new CreditCode(rs.getString("manufacturer_credit_code"))),
                factoryName == null ? null : new Factory(factoryName, rs.getString("factory_address")),
                rs.getString("product_name"), new CatalogueCode(rs.getString("catalogue_code")),
                json.readValue(rs.getString("models"), STRINGS), json.readValue(rs.getString("standards"), STRINGS),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("issuing_body"), rs.getString("status_reason"),
                rs.getTimestamp("status_changed_at").toInstant());
    }
}
