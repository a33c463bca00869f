package io.kuajing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The module boundaries of ARCHITECTURE.md as ArchUnit rules.
 *
 * <p>Every rule takes the root package instead of hard-coding {@code io.kuajing}: the real check applies them
 * to {@code io.kuajing}, and {@code ModuleBoundaryRulesTest} applies the very same rules to small fixture trees
 * under {@code archfixture.*} to prove that each one fails when its boundary is crossed. A module is a direct
 * sub-package of the root; its base package is its API and everything below it is internal.
 */
public final class ModuleBoundaryRules {

    public static final String KERNEL = "kernel";
    public static final String PLATFORM = "platform";
    public static final String APP = "app";
    public static final String PLUGIN = "plugin";
    /** The simulated carriers the demo and the end-to-end tests run against: used by app, using nothing of ours. */
    public static final String SANDBOX = "sandbox";
    public static final List<String> DOMAIN_MODULES = List.of("catalog", "customs", "logistics", "purchase", "export");

    /**
     * The plugin SPI is more than the plugin module's base package: each plugin kind has its data types in a
     * sub-package. Everything else under the plugin module (the conformance kit, the reference plugins) is not
     * API: the app loads plugins at run time and must never compile against one.
     */
    public static final List<String> PLUGIN_SPI_SUBPACKAGES = List.of("carrier", "marketplace");

    /** The modules that react to purchase's events instead of calling it. */
    public static final List<String> UPSTREAM_OF_PURCHASE = List.of("catalog", "customs", "logistics");

    /**
     * What "plain Java" excludes: the DI container, JDBC, HTTP, ORM mapping and JSON binding. jakarta.inject
     * and jakarta.transaction are in the list because wiring and transactions belong to the application and
     * the adapters (STYLE.md: "wiring lives in one configuration class per context").
     */
    static final String[] FRAMEWORK_PACKAGES = {
        "io.micronaut..",
        "java.sql..", "javax.sql..",
        "java.net.http..", "jakarta.ws.rs..", "jakarta.servlet..", "javax.servlet..", "io.netty..",
        "jakarta.persistence..", "javax.persistence..",
        "com.fasterxml.jackson..",
        "jakarta.inject..", "jakarta.transaction..",
        "org.flywaydb..", "org.springframework..",
    };

    private ModuleBoundaryRules() {
    }

    // The domain model and the shared kernel are plain Java.

    public static ArchRule domainDoesNotDependOnFrameworks(String root) {
        return noClasses()
                .that().resideInAnyPackage(root + ".*.domain..", module(root, KERNEL) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("the domain and the shared kernel are plain Java: a Micronaut, JDBC, HTTP, JPA or "
                        + "Jackson type there ties the business rules to one framework and one storage")
                .allowEmptyShould(true);
    }

    public static ArchRule domainDoesNotDependOnApplicationOrAdapters(String root) {
        return noClasses()
                .that().resideInAnyPackage(root + ".*.domain..", module(root, KERNEL) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.application..", root + ".*.adapter..")
                .because("dependencies point inwards: use cases and adapters use the domain, never the reverse; "
                        + "the domain reaches the outside only through secondary ports it declares itself")
                .allowEmptyShould(true);
    }

    // A module is used only through its API package.

    public static ArchRule modulesUseOnlyEachOthersApi(String root) {
        return classes()
                .that().resideInAPackage(root + "..")
                .should(useOtherModulesOnlyThroughTheirApi(root))
                .because("a module's sub-packages are its own business; other modules, the app included, may "
                        + "use only its API package (facades, published events, API records; for plugins the SPI)")
                .allowEmptyShould(true);
    }

    // The allowed direction of dependencies.

    public static ArchRule catalogCustomsAndLogisticsDoNotDependOnPurchase(String root) {
        return noClasses()
                .that().resideInAnyPackage(modulePackages(root, UPSTREAM_OF_PURCHASE))
                .should().dependOnClassesThat().resideInAPackage(module(root, "purchase") + "..")
                .because("purchase asks catalog, customs and logistics; they react to purchase's events, "
                        + "so a call back would close a cycle")
                .allowEmptyShould(true);
    }

    /**
     * Export (global selling) is the other direction of the business beside the import modules: it asks the rest of
     * the product only through an interface in its own API that the app answers (ADR 0027), so it depends on no
     * other domain module and the import modules can change without export following.
     */
    public static ArchRule exportDependsOnNoOtherDomainModule(String root) {
        return noClasses()
                .that().resideInAPackage(module(root, "export") + "..")
                .should().dependOnClassesThat().resideInAnyPackage(modulePackages(root,
                        DOMAIN_MODULES.stream().filter(m -> !m.equals("export")).toList()))
                .because("export depends only on the kernel and the platform; what it needs from import is asked "
                        + "through its own API's ImportSales, which the app answers")
                .allowEmptyShould(true);
    }

    public static ArchRule noModuleDependsOnApp(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(module(root, APP) + "..")
                .should().dependOnClassesThat().resideInAPackage(module(root, APP) + "..")
                .because("app wires every module together; a module that needs app would need everything")
                .allowEmptyShould(true);
    }

    public static ArchRule kernelDependsOnNothingOfOurs(String root) {
        return noClasses()
                .that().resideInAPackage(module(root, KERNEL) + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAPackage(module(root, KERNEL) + ".."))))
                .because("every module depends on the shared kernel, so the kernel can depend on none of them")
                .allowEmptyShould(true);
    }

    public static ArchRule platformDependsOnlyOnKernel(String root) {
        return noClasses()
                .that().resideInAPackage(module(root, PLATFORM) + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAnyPackage(module(root, PLATFORM) + "..", module(root, KERNEL) + ".."))))
                .because("the platform serves every module and is owned by none: it may know the kernel only")
                .allowEmptyShould(true);
    }

    // Plugins see only the SPI and the JDK. The JDK's XML API (java.xml) lives outside java.* and javax.*.
    private static final String[] JDK = {"java..", "javax..", "org.w3c.dom..", "org.xml.sax.."};

    public static ArchRule pluginsDependOnlyOnThePluginApiAndTheJdk(String root) {
        String plugins = module(root, PLUGIN);
        String tck = plugins + ".tck";
        ArchRule spiAndPlugins = classes()
                .that().resideInAPackage(plugins + "..")
                .and().resideOutsideOfPackage(tck + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(new String[] {plugins + ".."}, JDK))
                .because("a plugin JAR runs in its own class loader that shares only the JDK and the plugin SPI "
                        + "with the host; anything else would be missing or clash at run time")
                .allowEmptyShould(true);
        ArchRule conformanceKit = classes()
                .that().resideInAPackage(tck + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        concat(new String[] {plugins + "..", "org.junit..", "org.opentest4j..", "org.apiguardian.."}, JDK))
                .because("the conformance kit runs in the plugin author's build: the SPI, the JDK and JUnit 5 only")
                .allowEmptyShould(true);
        return CompositeArchRule.of(spiAndPlugins).and(conformanceKit).allowEmptyShould(true);
    }

    public static ArchRule pluginsDoNotDependOnMicronautOrDomainModules(String root) {
        return noClasses()
                .that().resideInAPackage(module(root, PLUGIN) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(
                        Stream.of("io.micronaut.."),
                        Stream.concat(Stream.of(KERNEL, PLATFORM, APP), DOMAIN_MODULES.stream())
                                .map(m -> module(root, m) + ".."))
                        .toArray(String[]::new))
                .because("a plugin built against SPI version N must load in any host supporting N, whatever "
                        + "framework and domain model the host has by then")
                .allowEmptyShould(true);
    }

    public static ArchRule modulesAreFreeOfCycles(String root) {
        return slices()
                .matching(root + ".(*)..")
                .namingSlices("module $1")
                .should().beFreeOfCycles()
                .because("a cycle makes two modules one module in disguise: neither can change or be tested alone")
                .allowEmptyShould(true);
    }

    /** The module a class belongs to: the first package segment under the root, if there is one. */
    static Optional<String> moduleOf(String root, String packageName) {
        String prefix = root + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi(String root) {
        return new ArchCondition<>("use other modules only through their API package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> originModule = moduleOf(root, origin.getPackageName());
                if (originModule.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> targetModule = moduleOf(root, target.getPackageName());
                    if (targetModule.isEmpty() || targetModule.equals(originModule)) {
                        continue;
                    }
                    List<String> api = apiPackages(root, targetModule.get());
                    if (!api.contains(target.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, String.format(
                                "module %s reaches into the internals of module %s (its API is only %s): %s",
                                originModule.get(), targetModule.get(), String.join(", ", api),
                                dependency.getDescription())));
                    }
                }
            }
        };
    }

    /** The packages other modules may use: the base package, and for the plugin module the SPI's sub-packages. */
    public static List<String> apiPackages(String root, String moduleName) {
        String base = module(root, moduleName);
        if (!moduleName.equals(PLUGIN)) {
            return List.of(base);
        }
        return Stream.concat(Stream.of(base), PLUGIN_SPI_SUBPACKAGES.stream().map(sub -> base + "." + sub)).toList();
    }

    private static String module(String root, String name) {
        return root + "." + name;
    }

    private static String[] modulePackages(String root, List<String> modules) {
        return modules.stream().map(m -> module(root, m) + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
