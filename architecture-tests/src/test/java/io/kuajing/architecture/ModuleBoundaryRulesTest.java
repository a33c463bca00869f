package io.kuajing.architecture;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Proof that every boundary rule can fail. Each test applies one rule to its own fixture tree under
 * {@code archfixture.<case>} (test sources, outside {@code io.kuajing}), where exactly that boundary is crossed,
 * and checks that the rule reports the planted class. Each tree is imported on its own, so deleting a fixture
 * makes its test fail. {@link #every_rule_passes_on_a_layout_that_keeps_the_boundaries()} is the control: the
 * same rules accept a miniature Kuajing that uses every allowed dependency.
 */
class ModuleBoundaryRulesTest {

    @Test
    void jmolecules_ddd_rules_catch_an_aggregate_holding_another_aggregate() {
        assertCaught(JMoleculesDddRules.all(), "archfixture.ddd", "Product.supplier");
    }

    @Test
    void hexagonal_rules_catch_the_domain_calling_a_persistence_adapter() {
        assertCaught(JMoleculesArchitectureRules.ensureHexagonal(), "archfixture.hexagonal",
                "archfixture.hexagonal.catalog.domain.Products");
    }

    @Test
    void framework_rule_catches_micronaut_in_the_domain_and_jdbc_in_the_kernel() {
        assertCaught(ModuleBoundaryRules::domainDoesNotDependOnFrameworks, "archfixture.frameworks",
                "BadProduct", "io.micronaut.core.annotation.Introspected",
                "JdbcMoney", "java.sql.ResultSet");
    }

    @Test
    void layering_rule_catches_the_domain_using_its_application_layer() {
        assertCaught(ModuleBoundaryRules::domainDoesNotDependOnApplicationOrAdapters, "archfixture.layering",
                "archfixture.layering.catalog.domain.Offer", "PricingService");
    }

    @Test
    void api_rule_catches_catalog_using_purchase_persistence_internals() {
        assertCaught(ModuleBoundaryRules::modulesUseOnlyEachOthersApi, "archfixture.internals",
                "module catalog reaches into the internals of module purchase",
                "archfixture.internals.purchase.adapter.persistence.Internal");
    }

    @Test
    void api_rule_catches_a_use_case_writing_rows_with_the_platforms_persistence_kit_but_not_an_adapter() {
        String root = "archfixture.persistencekit";
        assertCaught(ModuleBoundaryRules::modulesUseOnlyEachOthersApi, root,
                "module catalog reaches into the internals of module platform", root + ".catalog.application.Importing");
        String report = ModuleBoundaryRules.modulesUseOnlyEachOthersApi(root).evaluate(importFixture(root))
                .getFailureReport().toString();
        assertFalse(report.contains("JdbcProductRows"), "a persistence adapter may use the kit: " + report);
    }

    @Test
    void api_rule_catches_app_compiling_against_a_reference_plugin() {
        assertCaught(ModuleBoundaryRules::modulesUseOnlyEachOthersApi, "archfixture.internals",
                "module app reaches into the internals of module plugin",
                "archfixture.internals.plugin.acme.AcmeCarrier");
    }

    @Test
    void spring_modulith_catches_catalog_and_app_using_other_modules_internals() {
        Violations violations = modulithViolations("archfixture.internals");
        assertTrue(violations.hasViolations(), "Spring Modulith found nothing in archfixture.internals");
        assertAll(Stream.of("Restocking", "PluginWiring").map(planted -> () -> assertTrue(
                violations.getMessage().contains(planted), violations.getMessage())));
    }

    @Test
    void direction_rule_catches_catalog_depending_on_purchase() {
        assertCaught(ModuleBoundaryRules::catalogCustomsAndLogisticsDoNotDependOnPurchase,
                "archfixture.towardspurchase", "StockOnPayment", "OrderPaid");
    }

    @Test
    void export_rule_catches_export_reading_purchase() {
        assertCaught(ModuleBoundaryRules::exportDependsOnNoOtherDomainModule, "archfixture.exportleaf",
                "ImportColumn", "OrderDesk");
    }

    @Test
    void app_rule_catches_customs_depending_on_app() {
        assertCaught(ModuleBoundaryRules::noModuleDependsOnApp, "archfixture.towardsapp",
                "Declarations", "KuajingSettings");
    }

    @Test
    void kernel_rule_catches_the_kernel_depending_on_catalog() {
        assertCaught(ModuleBoundaryRules::kernelDependsOnNothingOfOurs, "archfixture.kernelupwards",
                "archfixture.kernelupwards.kernel.Sku", "ProductId");
    }

    @Test
    void platform_rule_catches_the_outbox_depending_on_catalog() {
        assertCaught(ModuleBoundaryRules::platformDependsOnlyOnKernel, "archfixture.platformupwards",
                "EventTypes", "ProductPublished");
    }

    @Test
    void plugin_isolation_rule_catches_a_plugin_using_jackson() {
        assertCaught(ModuleBoundaryRules::pluginsDependOnlyOnThePluginApiAndTheJdk, "archfixture.pluginlibrary",
                "AcmeCarrier", "com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void plugin_host_rule_catches_plugins_using_micronaut_and_catalog() {
        assertCaught(ModuleBoundaryRules::pluginsDoNotDependOnMicronautOrDomainModules, "archfixture.pluginhost",
                "io.micronaut.core.annotation.Introspected", "archfixture.pluginhost.catalog.Offer");
    }

    @Test
    void cycle_rule_catches_customs_and_logistics_depending_on_each_other() {
        assertCaught(ModuleBoundaryRules::modulesAreFreeOfCycles, "archfixture.cycle",
                "Cycle detected", "module customs", "module logistics");
    }

    @Test
    void module_map_catches_customs_using_logistics_where_every_other_rule_is_silent() {
        String root = "archfixture.unmapped";
        assertCaught(ModuleBoundaryRules.modulesFollowTheModuleMap(root, ModuleBoundaryRules.MODULE_MAP), root,
                "module customs may not use module logistics", "Clearance");
        JavaClasses classes = importFixture(root);
        assertAll(Stream.of(ModuleBoundaryRules.modulesUseOnlyEachOthersApi(root),
                        ModuleBoundaryRules.catalogCustomsAndLogisticsDoNotDependOnPurchase(root),
                        ModuleBoundaryRules.modulesAreFreeOfCycles(root))
                .map(rule -> () -> assertFalse(rule.evaluate(classes).hasViolation(), rule.getDescription())));
    }

    @Test
    void module_map_catches_a_module_nobody_placed_on_it() {
        assertCaught(ModuleBoundaryRules.modulesFollowTheModuleMap("archfixture.unmapped",
                        java.util.Map.of("customs", java.util.Set.of())), "archfixture.unmapped",
                "module logistics is not on the module map");
    }

    @Test
    void api_plain_java_rule_catches_a_framework_annotation_on_an_api_record_but_not_a_known_exception() {
        String root = "archfixture.apiframework";
        java.util.Map<String, String> known = java.util.Map.of(root + ".catalog.PriceView", "planted, tolerated");
        assertCaught(ModuleBoundaryRules.apiPackagesArePlainJava(root, known), root,
                "OfferView", "io.micronaut.core.annotation.Introspected");
        String report = ModuleBoundaryRules.apiPackagesArePlainJava(root, known).evaluate(importFixture(root))
                .getFailureReport().toString();
        assertFalse(report.contains("PriceView"), report);
    }

    @Test
    void application_rule_catches_a_use_case_holding_a_persistence_adapter() {
        assertCaught(ModuleBoundaryRules::applicationDoesNotUseAdapters, "archfixture.appadapter",
                "PricingProducts", "JdbcPrices");
    }

    @Test
    void io_rule_catches_the_domain_reading_files_and_the_kernel_calling_the_network() {
        assertCaught(ModuleBoundaryRules::domainDoesNotTouchFilesOrTheNetwork, "archfixture.domainio",
                "PriceList", "java.nio.file.Files", "ExchangeRates", "java.net.URL", "java.io.FileReader");
    }

    @Test
    void api_internals_rule_catches_an_api_handing_out_its_domain_aggregate() {
        assertCaught(ModuleBoundaryRules::apiDoesNotExposeItsInternals, "archfixture.apiinternals",
                "the API of module catalog exposes its internal archfixture.apiinternals.catalog.domain.Product");
    }

    @Test
    void every_rule_passes_on_a_layout_that_keeps_the_boundaries() {
        String root = "archfixture.legal";
        JavaClasses classes = importFixture(root);
        List<ArchRule> rules = List.of(
                JMoleculesDddRules.all(),
                JMoleculesArchitectureRules.ensureHexagonal(),
                ModuleBoundaryRules.domainDoesNotDependOnFrameworks(root),
                ModuleBoundaryRules.domainDoesNotDependOnApplicationOrAdapters(root),
                ModuleBoundaryRules.modulesUseOnlyEachOthersApi(root),
                ModuleBoundaryRules.catalogCustomsAndLogisticsDoNotDependOnPurchase(root),
                ModuleBoundaryRules.exportDependsOnNoOtherDomainModule(root),
                ModuleBoundaryRules.noModuleDependsOnApp(root),
                ModuleBoundaryRules.kernelDependsOnNothingOfOurs(root),
                ModuleBoundaryRules.platformDependsOnlyOnKernel(root),
                ModuleBoundaryRules.pluginsDependOnlyOnThePluginApiAndTheJdk(root),
                ModuleBoundaryRules.pluginsDoNotDependOnMicronautOrDomainModules(root),
                ModuleBoundaryRules.modulesAreFreeOfCycles(root),
                ModuleBoundaryRules.modulesFollowTheModuleMap(root, ModuleBoundaryRules.MODULE_MAP),
                ModuleBoundaryRules.apiPackagesArePlainJava(root, java.util.Map.of()),
                ModuleBoundaryRules.applicationDoesNotUseAdapters(root),
                ModuleBoundaryRules.domainDoesNotTouchFilesOrTheNetwork(root),
                ModuleBoundaryRules.apiDoesNotExposeItsInternals(root));
        assertAll(rules.stream().map(rule -> () -> {
            EvaluationResult result = rule.evaluate(classes);
            assertFalse(result.hasViolation(), result.getFailureReport().toString());
        }));
        Violations modulith = modulithViolations(root);
        assertFalse(modulith.hasViolations(), modulith.getMessage());
    }

    private static void assertCaught(Function<String, ArchRule> rule, String root, String... evidence) {
        assertCaught(rule.apply(root), root, evidence);
    }

    /** The rule must fail on the fixture tree, and its report must name what was planted. */
    private static void assertCaught(ArchRule rule, String root, String... evidence) {
        EvaluationResult result = rule.evaluate(importFixture(root));
        assertTrue(result.hasViolation(), "the rule found nothing to object to in " + root + ": " + rule);
        String report = result.getFailureReport().toString();
        assertAll(Stream.of(evidence).map(expected -> () -> assertTrue(report.contains(expected),
                "expected the report to mention " + expected + " but it said:\n" + report)));
    }

    private static JavaClasses importFixture(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        // An empty import would let a "no classes should ..." rule pass vacuously in the control test.
        assertFalse(classes.isEmpty(), "no fixture classes under " + root);
        return classes;
    }

    /** Fixtures are test classes, which Modulith leaves out by default; here they are the point. */
    private static Violations modulithViolations(String root) {
        return ApplicationModules.of(root, location -> true).detectViolations();
    }
}
