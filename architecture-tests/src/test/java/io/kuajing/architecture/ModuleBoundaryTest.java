package io.kuajing.architecture;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;

/**
 * The boundary rules applied to the production code of every module. Test classes are left out, and the
 * planted-violation fixtures live under {@code archfixture}, outside the root package, so they never reach
 * this check.
 */
@AnalyzeClasses(packages = ModuleBoundaryTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

    static final String ROOT = "io.kuajing";

    @ArchTest
    static final ArchRule ddd_building_blocks_follow_the_jmolecules_rules = JMoleculesDddRules.all();

    @ArchTest
    static final ArchRule ports_and_adapters_follow_the_hexagonal_rules = JMoleculesArchitectureRules.ensureHexagonal();

    @ArchTest
    static final ArchRule domain_and_kernel_do_not_depend_on_micronaut_jdbc_http_jpa_or_jackson =
            ModuleBoundaryRules.domainDoesNotDependOnFrameworks(ROOT);

    @ArchTest
    static final ArchRule domain_and_kernel_do_not_depend_on_application_or_adapters =
            ModuleBoundaryRules.domainDoesNotDependOnApplicationOrAdapters(ROOT);

    @ArchTest
    static final ArchRule modules_use_each_other_only_through_their_api_package =
            ModuleBoundaryRules.modulesUseOnlyEachOthersApi(ROOT);

    @ArchTest
    static final ArchRule catalog_customs_and_logistics_do_not_depend_on_purchase =
            ModuleBoundaryRules.catalogCustomsAndLogisticsDoNotDependOnPurchase(ROOT);

    @ArchTest
    static final ArchRule export_depends_on_no_other_domain_module =
            ModuleBoundaryRules.exportDependsOnNoOtherDomainModule(ROOT);

    @ArchTest
    static final ArchRule no_module_depends_on_app = ModuleBoundaryRules.noModuleDependsOnApp(ROOT);

    @ArchTest
    static final ArchRule kernel_depends_on_nothing_of_ours = ModuleBoundaryRules.kernelDependsOnNothingOfOurs(ROOT);

    @ArchTest
    static final ArchRule platform_depends_only_on_kernel = ModuleBoundaryRules.platformDependsOnlyOnKernel(ROOT);

    @ArchTest
    static final ArchRule plugins_depend_only_on_the_plugin_api_and_the_jdk =
            ModuleBoundaryRules.pluginsDependOnlyOnThePluginApiAndTheJdk(ROOT);

    @ArchTest
    static final ArchRule plugins_do_not_depend_on_micronaut_or_domain_modules =
            ModuleBoundaryRules.pluginsDoNotDependOnMicronautOrDomainModules(ROOT);

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = ModuleBoundaryRules.modulesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule modules_use_only_what_the_module_map_allows =
            ModuleBoundaryRules.modulesFollowTheModuleMap(ROOT, ModuleBoundaryRules.MODULE_MAP);

    @ArchTest
    static final ArchRule api_packages_are_plain_java =
            ModuleBoundaryRules.apiPackagesArePlainJava(ROOT, ModuleBoundaryRules.KNOWN_EXCEPTIONS);

    @ArchTest
    static final ArchRule api_packages_expose_no_internal_type = ModuleBoundaryRules.apiDoesNotExposeItsInternals(ROOT);

    @ArchTest
    static final ArchRule application_never_uses_adapters = ModuleBoundaryRules.applicationDoesNotUseAdapters(ROOT);

    @ArchTest
    static final ArchRule domain_never_touches_files_or_the_network =
            ModuleBoundaryRules.domainDoesNotTouchFilesOrTheNetwork(ROOT);

    /** Each known exception still breaks the plain-Java rule: once fixed, it must leave the list. */
    @ArchTest
    static void every_known_exception_is_still_needed(JavaClasses classes) {
        assertAll(ModuleBoundaryRules.KNOWN_EXCEPTIONS.keySet().stream().map(name -> () -> {
            assertTrue(classes.contain(name), name + " is listed as a known exception but does not exist");
            var alone = ModuleBoundaryRules.apiPackagesArePlainJava(ROOT, Map.of()).evaluate(
                    classes.that(com.tngtech.archunit.base.DescribedPredicate.describe(name,
                            (JavaClass c) -> c.getName().equals(name) || c.getName().startsWith(name + "$"))));
            assertTrue(alone.hasViolation(), name + " is plain Java now: remove it from KNOWN_EXCEPTIONS");
        }));
    }

    /**
     * The rules above allow an empty "should" (app or the plugin kit may not exist yet), so a wrong root or a
     * missing dependency would let them pass on nothing. This makes that visible.
     */
    @ArchTest
    static void every_module_on_the_classpath_is_analysed(JavaClasses classes) {
        Set<String> analysed = classes.stream()
                .map(JavaClass::getPackageName)
                .map(name -> ModuleBoundaryRules.moduleOf(ROOT, name).orElse(""))
                .collect(Collectors.toSet());
        List<String> expected = List.copyOf(ModuleBoundaryRules.MODULE_MAP.keySet());
        assertAll(expected.stream().map(module -> () -> assertTrue(analysed.contains(module),
                "no production class of module " + module + " was imported; analysed: " + analysed)));
        assertTrue(classes.stream().allMatch(c -> c.getPackageName().startsWith(ROOT + ".")),
                "the real check must see only " + ROOT + " classes, never the archfixture trees");
    }
}
