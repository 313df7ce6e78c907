package io.tianping.app.web.bounds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON converter of the HTTP API: Spring Boot's mapper (every customizer and module of ours) with
 * {@link BoundedInputModule}, on a parser with tight limits: a number of more than {@value #NUMBER_CHARS} characters,
 * nesting deeper than {@value #DEPTH} or a field name over {@value #NAME_CHARS} is refused while it is read, before
 * anything is built from it (a string is bounded by the body's size here, and by its field's bound once read); a field
 * the request record does not have is a 400 naming it. The parser's limits can only be set when its factory
 * is built, hence a mapper of its own; the application's {@code JsonMapper} bean, which projections use to read back
 * what they stored, keeps Jackson's defaults.
 */
@Configuration(proxyBeanMethods = false)
class WebJsonConfiguration {

    static final int NUMBER_CHARS = 40;
    static final int DEPTH = 32;
    static final int NAME_CHARS = 200;

    /** Last of the server's converter customizers, so this converter replaces the JSON one Boot puts in its place. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer boundedJsonConverter(ObjectProvider<JsonMapperBuilderCustomizer> customizers,
                                                         @Value("${tianping.web.max-body-bytes:8388608}") long maxBodyBytes) {
        var constraints = StreamReadConstraints.builder()
                .maxNumberLength(NUMBER_CHARS)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBodyBytes))
                .maxNestingDepth(DEPTH)
                .maxNameLength(NAME_CHARS)
                .maxDocumentLength(maxBodyBytes)
                .build();
        var builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        // a misspelt field (certificateNo) was silently ignored and the listing intercepted as CERTIFICATE_MISSING
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        var converter = new JacksonJsonHttpMessageConverter(builder.addModule(new BoundedInputModule()).build());
        return converters -> converters.withJsonConverter(converter);
    }
}
