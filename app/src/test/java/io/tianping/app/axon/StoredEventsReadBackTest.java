package io.tianping.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every event type of every module, with every value at the largest and at the smallest the API accepts, is written
 * and read back by the event store's serializer unchanged: what was stored can always be read, so no read model and
 * no start of the platform stops on it. A new event type is found and tested by itself.
 */
class StoredEventsReadBackTest {

    private static final Serializer STORE = new SerializerConfiguration().eventSerializer();

    static Stream<Class<?>> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("io.tianping").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(Class::isRecord);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void readsBackEveryEventAtItsLargest(Class<?> type) {
        assertReadBack(ValuesAtBounds.largest().of(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void readsBackEveryEventAtItsSmallest(Class<?> type) {
        assertReadBack(ValuesAtBounds.smallest().of(type));
    }

    @org.junit.jupiter.api.Test
    void findsTheEventsOfEveryModule() {
        List<String> modules = eventTypes().map(type -> type.getPackageName().split("\\.")[2]).distinct().toList();
        assertThat(modules).contains("verification", "enforcement", "spotcheck");
        assertThat(eventTypes().count()).isGreaterThan(50);
    }

    @org.junit.jupiter.api.Test
    void readsBackANumberOfAThousandDigitsAsAnEarlierVersionStoredIt() {
        // the price of 1e1001 that an earlier version accepted: Jackson's default limit (1,000 digits) refused to read it
        assertReadBack(new Priced(new java.math.BigDecimal("1e1001").setScale(2)));
    }

    record Priced(java.math.BigDecimal price) {
    }

    private static void assertReadBack(Object event) {
        SerializedObject<byte[]> stored = STORE.serialize(event, byte[].class);
        Object read = STORE.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }
}
