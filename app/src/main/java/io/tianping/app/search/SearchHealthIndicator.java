package io.tianping.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.util.ApiTypeHelper;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Actuator's {@code search} component: the Elasticsearch cluster's health. Red (a primary shard missing) is
 * OUT_OF_SERVICE, as in Boot's own indicator; unreachable is DOWN with the error.
 */
@Component
class SearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    SearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch is unreachable");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health;
        // the embedded 7.17 node does not send unassigned_primary_shards, which the 9.x client requires
        try (var lenient = ApiTypeHelper.DANGEROUS_disableRequiredPropertiesCheck(true)) {
            health = client.cluster().health();
        }
        (health.status() == HealthStatus.Red ? builder.outOfService() : builder.up())
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes())
                .withDetail("activeShards", health.activeShards())
                .withDetail("unassignedShards", health.unassignedShards());
    }
}
