package io.tianping.app;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import io.tianping.TianpingApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions.Grouping;

/**
 * The fences between modules: Spring Modulith's verification of each module's declared dependencies, the DAG of
 * {@code architecture.md} spelled out a second time (so widening a module's {@code allowedDependencies} alone does not
 * let an upward arrow in), and the module diagrams and canvases generated into {@code docs/modules/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TianpingApplication.class);

    /** architecture.md: each module and the modules it may use; {@code app} may use every module's api. */
    static final Map<String, Set<String>> MAY_USE = Map.of(
            "sharedkernel", Set.of(),
            "searchsupport", Set.of(),
            "verification", Set.of("sharedkernel", "searchsupport"),
            "odr", Set.of("sharedkernel", "searchsupport"),
            "livestream", Set.of("sharedkernel", "searchsupport", "verification"),
            "traceability", Set.of("sharedkernel", "searchsupport", "verification"),
            "spotcheck", Set.of("sharedkernel", "searchsupport", "verification", "odr", "traceability"),
            "enforcement", Set.of("sharedkernel", "searchsupport", "verification", "odr", "livestream", "traceability", "spotcheck"),
            "app", Set.of("sharedkernel", "searchsupport", "verification", "odr", "livestream", "traceability", "spotcheck", "enforcement"));

    @Test
    void everyModuleKeepsToItsDeclaredDependenciesAndNamedInterfaces() {
        MODULES.verify();
    }

    @Test
    void theModulesAreThoseOfTheArchitecture() {
        assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrderElementsOf(MAY_USE.keySet());
    }

    @Test
    void everyPublicSharedKernelTypeIsVisibleToOtherModules() {
        ApplicationModule kernel = MODULES.getModuleByName("sharedkernel").orElseThrow();
        List<String> hidden = kernel.getBasePackage().stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !JavaPackage.isPackageInfoType(type))
                .filter(type -> !kernel.isExposed(type))
                .map(JavaClass::getName).sorted().toList();

        assertThat(hidden).as("public shared-kernel types Modulith treats as internal (sub-packages are internal)").isEmpty();
    }

    static Stream<Arguments> modules() {
        return MAY_USE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    static Stream<String> moduleNames() {
        return MAY_USE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} uses no module above it in the DAG")
    @MethodSource("modules")
    void usesNoModuleAboveItInTheDag(String name, Set<String> mayUse) {
        Set<String> used = dependencies(name).map(dependency -> dependency.getTargetModule().getName())
                .collect(toCollection(TreeSet::new));

        assertThat(used).as("modules %s uses; architecture.md allows only %s", name, new TreeSet<>(mayUse))
                .isSubsetOf(mayUse);
    }

    @ParameterizedTest(name = "{0} reaches other modules only through their api package")
    @MethodSource("moduleNames")
    void reachesOtherModulesOnlyThroughTheirApi(String name) {
        List<String> intoInternals = dependencies(name)
                .filter(dependency -> !isPublished(dependency))
                .map(dependency -> "%s -> %s (%s)".formatted(dependency.getSourceType().getName(),
                        dependency.getTargetType().getName(), dependency.getDependencyType()))
                .distinct().sorted().toList();

        assertThat(intoInternals).as("dependencies of %s on types other modules do not publish", name).isEmpty();
    }

    @Test
    void writesModuleDiagramsAndCanvasesIntoDocsModules() throws IOException {
        Path folder = repositoryRoot().resolve("docs/modules");

        // every module drawn even before it has code; canvases show internal beans too (controllers, projections)
        Documenter.DiagramOptions diagrams = Documenter.DiagramOptions.defaults()
                .withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);
        Documenter.CanvasOptions canvases = Documenter.CanvasOptions.defaults().revealInternals()
                .groupingBy(Grouping.of("Aggregates", Grouping.nameMatching(".*\\.domain\\..*")))
                .groupingBy(Grouping.of("Projections", Grouping.nameMatching(".*\\.projection\\..*")))
                .groupingBy(Grouping.of("Reactions", Grouping.nameMatching(".*\\.process\\..*")));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases(canvases)
                .writeAggregatingDocument(diagrams, canvases);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("components.puml", "module-verification.puml", "module-verification.adoc",
                            "module-enforcement.puml", "module-sharedkernel.adoc");
        }
        assertThat(Files.readString(folder.resolve("components.puml")))
                .as("the overview diagram shows every module, even those without code yet")
                .contains("\"Odr\"", "\"Livestream\"", "\"Traceability\"", "\"Spotcheck\"", "\"Enforcement\"");
    }

    private static Stream<ApplicationModuleDependency> dependencies(String name) {
        ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
        return module.getDirectDependencies(MODULES).stream()
                .filter(dependency -> !dependency.getTargetModule().equals(module));
    }

    /** Shared-kernel publishes every type; every other module publishes its {@code api} package and nothing else. */
    private static boolean isPublished(ApplicationModuleDependency dependency) {
        ApplicationModule target = dependency.getTargetModule();
        String api = target.getBasePackage().getName() + ".api";
        String targetPackage = dependency.getTargetType().getPackageName();
        return Set.of("sharedkernel", "searchsupport").contains(target.getName()) || targetPackage.equals(api) || targetPackage.startsWith(api + ".");
    }

    /** Surefire runs in {@code app/}, an IDE often in the root: the root is the folder holding every module. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared-kernel")) && Files.isDirectory(dir.resolve("app"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder holding shared-kernel/ and app/ above " + Path.of("").toAbsolutePath());
    }
}
