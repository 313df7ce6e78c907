package io.tianping.spotcheck.projection;

import io.tianping.traceability.api.SpotCheckResults;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Traceability's passport shows the published spot-check results of a model: read from {@code spotcheck_result}. */
@Component
class PublishedResultsOfModels implements SpotCheckResults {

    private static final TypeReference<List<io.tianping.spotcheck.api.FailedItem>> ITEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishedResultsOfModels(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<SpotCheckResult> forModel(String catalogueCode, String model) {
        return jdbc.sql("""
                select sample_id, plan_id, conforming, failed_items, final_at from spotcheck_result
                where catalogue_code = ? and upper(trim(model)) = ? order by final_at desc limit 20""")
                .params(catalogueCode, model)
                .query((rs, row) -> {
                    var failed = new ArrayList<String>();
                    json.readValue(rs.getString(4), ITEMS).forEach(item -> failed.add(item.item()));
                    return new SpotCheckResult(rs.getString(1), rs.getString(2), rs.getBoolean(3), List.copyOf(failed),
                            rs.getTimestamp(5).toInstant());
                })
                .list();
    }
}
