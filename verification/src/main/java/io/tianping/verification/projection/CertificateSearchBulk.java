package io.tianping.verification.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.tianping.verification.projection.CertificateSearchIndex.Stored;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Writes documents of the {@code certificates} index in bulk requests of at most {@value #DOCUMENTS}, with external
 * versions: a document the index holds at that version or later is left as it is. The request body goes out as one
 * buffer: the typed client sends a bulk body as one buffer per line, one socket write each, and those writes cost the
 * platform more than building the documents did.
 */
final class CertificateSearchBulk {

    // a small node (the embedded one has a 256 MB heap) trips its memory circuit breaker on much larger requests
    static final int DOCUMENTS = 250;
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    private CertificateSearchBulk() {
    }

    static void write(ElasticsearchClient client, Collection<Stored> documents) {
        var chunk = new ArrayList<Stored>(DOCUMENTS);
        for (Stored stored : documents) {
            chunk.add(stored);
            if (chunk.size() == DOCUMENTS) {
                send(client, chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            send(client, chunk);
        }
    }

    private static void send(ElasticsearchClient client, List<Stored> documents) {
        try {
            BulkResponse response = client._transport() instanceof Rest5ClientTransport transport
                    ? sendAsOneBuffer(transport.restClient(), client._jsonpMapper(), documents)
                    : client.bulk(b -> b.operations(documents.stream().map(CertificateSearchBulk::operation).toList()));
            if (response.errors()) {
                for (var item : response.items()) {
                    if (item.error() != null && item.status() != 409) { // 409: that version or a later one is in
                        throw new IllegalStateException("Elasticsearch refused certificate %s: %s"
                                .formatted(item.id(), item.error().reason()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BulkResponse sendAsOneBuffer(Rest5Client rest, JsonpMapper mapper, List<Stored> documents)
            throws IOException {
        var body = new ByteArrayOutputStream(documents.size() * 1024);
        for (Stored stored : documents) {
            body.writeBytes("""
                    {"index":{"_index":"%s","_id":"%s","version":%d,"version_type":"external"}}
                    """.formatted(CertificateSearchIndex.NAME, stored.document().number(), stored.version())
                    .getBytes(StandardCharsets.UTF_8));
            try (var generator = mapper.jsonProvider().createGenerator(body)) {
                mapper.serialize(stored.document(), generator);
            }
            body.write('\n');
        }
        var request = new Request("POST", "/_bulk");
        request.setEntity(new ByteArrayEntity(body.toByteArray(), NDJSON));
        byte[] answer = EntityUtils.toByteArray(rest.performRequest(request).getEntity());
        try (var parser = mapper.jsonProvider().createParser(new ByteArrayInputStream(answer))) {
            return BulkResponse._DESERIALIZER.deserialize(parser, mapper);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Elasticsearch answered a bulk request with " + new String(answer, 0,
                    Math.min(answer.length, 500), StandardCharsets.UTF_8), e);
        }
    }

    private static BulkOperation operation(Stored stored) {
        return BulkOperation.of(op -> op.index(i -> i.index(CertificateSearchIndex.NAME).id(stored.document().number())
                .document(stored.document()).versionType(VersionType.External).version(stored.version())));
    }
}
