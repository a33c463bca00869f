package io.kuajing.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Spring Modulith's reading of the same modules: its own cycle, internal-access and allowed-dependency checks,
 * and the module diagrams in docs/architecture/modules. Spring is on the test classpath only.
 */
class ModularityTests {

    /**
     * Production classes only: Modulith leaves target/test-classes out by default. The platform's page kit
     * ({@code platform.web.pages}) and persistence kit ({@code platform.jdbc}) are left out of Modulith's reading:
     * platform publishes them to the modules' web and persistence adapters, and Modulith can only be told so by its
     * own annotation ({@code @NamedInterface}) in production code, which carries no Spring. Who may use each kit is
     * checked by ModuleBoundaryRules ({@link ModuleBoundaryRules#PLATFORM_PAGE_KIT},
     * {@link ModuleBoundaryRules#PLATFORM_PERSISTENCE_KIT}) instead.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(ModuleBoundaryTest.ROOT,
            ModuleBoundaryRules.platformKits(ModuleBoundaryTest.ROOT));

    @Test
    void modules_verify_under_spring_modulith() {
        MODULES.verify();
    }

    @Test
    void module_diagrams_are_regenerated_from_the_code() throws IOException {
        // Documenter wipes this folder and rewrites it on every run: it must hold generated files only.
        Path folder = Path.of(System.getProperty("kuajing.module-diagrams.dir",
                Path.of("..", "docs", "architecture", "modules").toString()));
        // Modules nobody depends on yet would silently vanish from the overview otherwise.
        DiagramOptions diagrams = DiagramOptions.defaults()
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
        new Documenter(MODULES, Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortDeclarations(file);
            }
        }
    }

    /**
     * Documenter emits components and relations in hash order, so an unchanged design would show up as a diff
     * of the committed diagrams on every run. PlantUML does not care about their order; reviewers do.
     */
    private static void sortDeclarations(Path diagram) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = "";
        for (String line : Files.readAllLines(diagram, StandardCharsets.UTF_8)) {
            String kind = line.stripLeading().startsWith("Component(") ? "component"
                    : line.startsWith("Rel(") ? "relation" : "";
            if (!kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
                runKind = kind;
            }
            if (kind.isEmpty()) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        Files.writeString(diagram, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }
}
