package io.tianping.app.axon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Jackson 2 for everything Axon stores (events, snapshots, tokens, sagas): XStream, Axon's default, fails on records
 * (stack.md, trap 3). The web layer has its own Jackson 3 mapper; the two never meet.
 */
@Configuration(proxyBeanMethods = false)
class SerializerConfiguration {

    /**
     * Whatever this mapper wrote, it reads back: Jackson's default read limits (numbers of at most 1,000 digits, say)
     * are lifted, since an event that was stored but cannot be read stops every read model and the start that loads
     * it. What may be written is bounded where requests enter (the web layer's bounds), not here.
     */
    static final StreamReadConstraints READ_WHAT_WAS_WRITTEN = StreamReadConstraints.builder()
            .maxNumberLength(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .maxNestingDepth(10_000)
            .build();

    static ObjectMapper storageMapper() {
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(READ_WHAT_WAS_WRITTEN).build())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // an event written by a newer version with an extra field must still load here
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(storageMapper()).lenientDeserialization().build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(storageMapper()).lenientDeserialization().build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(storageMapper()).lenientDeserialization().build();
    }
}
