package io.tianping.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.Revision;

/**
 * The house rules of {@code style.md} that the compiler cannot see. Each rule reads as the sentence a failure breaks.
 */
@AnalyzeClasses(packages = "io.tianping", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule domainIsFreeOfWebPersistenceAndSearch = noClasses()
            .that().resideInAPackage("io.tianping..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "java.sql..", "javax.sql..", "org.springframework.jdbc..", "jakarta.persistence..",
                    "org.springframework.data..", "co.elastic.clients..", "org.elasticsearch..")
            .as("domain packages use no Spring web, JDBC, JPA or Elasticsearch client classes")
            .because("aggregates and policies decide; the projection, process and web packages talk to stores and HTTP");

    @ArchTest
    static final ArchRule apiHoldsOnlyRecordsEnumsAndInterfaces = classes()
            .that().resideInAPackage("io.tianping..api..").and().doNotHaveSimpleName("package-info")
            .should().beRecords().orShould().beEnums().orShould().beInterfaces()
            .as("api packages hold only records, enums and (sealed) interfaces")
            .because("other modules see only the api: messages and values, no behaviour, no exceptions to catch");

    @ArchTest
    static final ArchRule eventsCarryARevision = classes()
            .that().resideInAPackage("io.tianping..api..").and().areRecords().and(implementAnEventInterface())
            .should().beAnnotatedWith(Revision.class)
            .as("event records in api packages are annotated @Revision")
            .because("they are stored in the event store; a revision lets an upcaster recognise an old shape");

    @ArchTest
    static final ArchRule eventHandlersLiveInProjectionsAndProcesses = methods()
            .that().areAnnotatedWith(EventHandler.class)
            .should().beDeclaredInClassesThat().resideInAnyPackage("io.tianping..projection..", "io.tianping..process..")
            .as("@EventHandler methods live only in projection and process packages")
            .because("aggregates replay their own events with @EventSourcingHandler; everything else reacting to events is a read model or a reaction");

    @ArchTest
    static final ArchRule domainDoesNotReadTheSystemClock = noClasses()
            .that().resideInAPackage("io.tianping..domain..")
            .should().callMethodWhere(readTheSystemClock())
            .as("domain packages never read the system clock")
            .because("time comes in on the command or from an injected Clock, so replays and tests decide the same way");

    @ArchTest
    static final ArchRule noCatchAllPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..impl..", "..service..", "..services..", "..manager..")
            .as("no package is named util, impl, service or manager")
            .because("a package is named after what it holds");

    @ArchTest
    static final ArchRule sharedKernelIsFrameworkFree = noClasses()
            .that().resideInAPackage("io.tianping.sharedkernel..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.axonframework..", "com.fasterxml.jackson..", "tools.jackson..")
            .as("shared-kernel depends on no Spring, Axon or Jackson class")
            .because("it is plain value types every module can use; messages and wiring belong to the modules");

    @ArchTest
    static final ArchRule searchSupportKnowsNoModuleAndNoFramework = noClasses()
            .that().resideInAPackage("io.tianping.searchsupport..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "io.tianping.verification..", "io.tianping.odr..", "io.tianping.livestream..",
                    "io.tianping.traceability..", "io.tianping.spotcheck..", "io.tianping.enforcement..", "io.tianping.app..")
            .as("search-support depends on no module, no Spring and no Axon class")
            .because("it is the Elasticsearch plumbing below the modules (docs/adr/0004); what an index holds is theirs");

    private static DescribedPredicate<JavaClass> implementAnEventInterface() {
        return DescribedPredicate.describe("implement an *Event interface", type -> type.getAllRawInterfaces().stream()
                .anyMatch(implemented -> implemented.getSimpleName().endsWith("Event")));
    }

    private static DescribedPredicate<JavaMethodCall> readTheSystemClock() {
        return DescribedPredicate.describe("read the system clock (now() without a Clock, Clock.system*, System.currentTimeMillis)",
                call -> {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    boolean takesAClock = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(parameter -> parameter.isEquivalentTo(java.time.Clock.class));
                    return owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                            || owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.startsWith("java.time.") && name.equals("now") && !takesAClock;
                });
    }
}
