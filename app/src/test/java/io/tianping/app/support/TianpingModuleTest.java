package io.tianping.app.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The module of the test's package booted by Spring Modulith without the other modules, on the infrastructure of
 * {@code app} (the embedded PostgreSQL and search node in a fresh data directory, the Axon stores and serializers,
 * security), which is a module of its own that no module depends on, hence {@code extraIncludes = "app"}. The test
 * class must live in the module's package ({@code io.tianping.verification}, ...), in app's test sources. One context
 * per test class, closed after it, so its database and search node do not outlive it.
 *
 * <p>Modulith's {@code BootstrapMode.DIRECT_DEPENDENCIES} would not bring in a module this one depends on: it follows
 * only Spring-bean dependencies, and modules here share none (they send each other Axon messages, records of their
 * {@code api}). A test that needs a lower module running names it in {@link #extraIncludes()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(AxonEventsAsSpringEvents.class)
@DirtiesContext
public @interface TianpingModuleTest {

    /** The modules booted besides the test's own: always {@code app}, and any module whose reactions the test needs. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default "app";
}
