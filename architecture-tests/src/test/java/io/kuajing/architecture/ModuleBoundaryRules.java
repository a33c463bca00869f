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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * The platform's kit for server-rendered pages (layout, message bundles, form tokens): published to the modules'
     * web adapters and to the app, which render pages with it, and to no other layer.
     */
    public static final String PLATFORM_PAGE_KIT = "platform.web.pages";

    /**
     * The platform's kit for persistence adapters (multi-row inserts): JDBC is its subject, so it cannot be in the
     * platform's plain-Java API package; published to the modules' {@code adapter.persistence} packages only.
     */
    public static final String PLATFORM_PERSISTENCE_KIT = "platform.jdbc";

    /** The platform's kits published to some adapters (above): Spring Modulith is told to leave them out. */
    public static com.tngtech.archunit.base.DescribedPredicate<JavaClass> platformKits(String root) {
        return JavaClass.Predicates.resideInAnyPackage(root + "." + PLATFORM_PAGE_KIT, root + "." + PLATFORM_PERSISTENCE_KIT);
    }

    /** The modules that react to purchase's events instead of calling it. */
    public static final List<String> UPSTREAM_OF_PURCHASE = List.of("catalog", "customs", "logistics");

    /**
     * The module map: which modules each module may use (through their API packages), and nothing else. A module
     * missing here is an error too, so a new module gets placed on the map deliberately. The order is the drawing
     * order of {@code docs/architecture/module-map.svg} (generated from this map by {@code ModuleMapDiagramTest}).
     * Why each edge exists: ARCHITECTURE.md and ADRs 6 (catalog asks customs), 9 (catalog asks logistics), 4 (plugins),
     * 0027 (export asks the import side only through its own API, which the app answers), 0030 (export sells on
     * marketplaces through the marketplace plugins, bridged in its adapter.marketplace like catalog's), 0033 (purchase
     * sells the imported catalogue on Chinese channels through the same plugins, bridged in its adapter.channel).
     */
    public static final Map<String, Set<String>> MODULE_MAP = moduleMap(
            KERNEL, Set.of(),
            PLUGIN, Set.of(),
            SANDBOX, Set.of(),
            PLATFORM, Set.of(KERNEL),
            "customs", Set.of(KERNEL, PLATFORM),
            "logistics", Set.of(KERNEL, PLATFORM, PLUGIN),
            "catalog", Set.of(KERNEL, PLATFORM, PLUGIN, "customs", "logistics"),
            "purchase", Set.of(KERNEL, PLATFORM, PLUGIN, "catalog", "customs", "logistics"),
            "export", Set.of(KERNEL, PLATFORM, PLUGIN),
            APP, Set.of(KERNEL, PLATFORM, PLUGIN, SANDBOX, "catalog", "customs", "logistics", "purchase", "export"));

    /**
     * API classes that still carry a framework annotation, each with the reason it is tolerated. The rule
     * {@link #apiPackagesArePlainJava} skips exactly these (nested classes included); {@code ModuleBoundaryTest}
     * fails when one no longer needs its exception, so the list only shrinks.
     */
    public static final Map<String, String> KNOWN_EXCEPTIONS = Map.ofEntries(
            Map.entry("io.kuajing.platform.Transactions", "the platform's one transaction boundary: a bean wrapping "
                    + "Micronaut's TransactionOperations with the deadlock retry; the platform is infrastructure"),
            Map.entry("io.kuajing.platform.NoCallTimings", "the default CallTimings bean (@Secondary) for modules tested "
                    + "without metrics; package-private, no other module sees it"),
            Map.entry("io.kuajing.plugin.carrier.CarrierHttp", "the carrier SPI's HTTP helper catches the JDK's "
                    + "HttpTimeoutException: java.net.http is the JDK, which plugins may use; it is on the framework "
                    + "list for the domain's sake"),
            platformJson("MoneyJson"), platformJson("Page"), platformJson("Problem"),
            Map.entry("io.kuajing.platform.FailedPublications", "its Failed record is the operators' JSON row "
                    + "(@Serdeable); to move into app's operations adapter"),
            Map.entry("io.kuajing.purchase.OrderView", "the consumer's order JSON (@Serdeable) is the API record itself; "
                    + "to become a purchase.adapter.web record, as customs' and logistics' JSON shapes are"),
            Map.entry("io.kuajing.purchase.BasketView", "the basket JSON (@Serdeable, lines always present); same move "
                    + "as OrderView"),
            Map.entry("io.kuajing.purchase.CheckoutResult", "the checkout answer JSON (@Serdeable); same move as OrderView"));

    /**
     * What "plain Java" excludes: the DI container, JDBC, HTTP, ORM mapping and JSON binding. jakarta.inject
     * and jakarta.transaction are in the list because wiring and transactions belong to the application and
     * the adapters (STYLE.md: "wiring lives in one configuration class per context").
     */
    static final String[] FRAMEWORK_PACKAGES = {
        "io.micronaut..", "jakarta.xml.bind..",
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
                .should().dependOnClassesThat().resideInAnyPackage(
                        concat(FRAMEWORK_PACKAGES, new String[] {module(root, PLATFORM) + ".."}))
                .because("the domain and the shared kernel are plain Java: a Micronaut, JDBC, HTTP, JPA, JAXB or "
                        + "Jackson type, or the platform's outbox and transactions, there ties the business rules to "
                        + "one framework and one storage")
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

    /** The domain computes; reading files and calling out belong to adapters behind the domain's own ports. */
    public static ArchRule domainDoesNotTouchFilesOrTheNetwork(String root) {
        return noClasses()
                .that().resideInAnyPackage(root + ".*.domain..", module(root, KERNEL) + "..")
                .should().dependOnClassesThat(resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
                        .or(com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                "java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)")))
                .because("the domain decides from what it is given: files, sockets and HTTP are adapters' business, "
                        + "reached through ports, so the rules run and are tested without a disk or a network")
                .allowEmptyShould(true);
    }

    /** Use cases reach the outside only through ports; the adapters implement them. */
    public static ArchRule applicationDoesNotUseAdapters(String root) {
        return noClasses()
                .that().resideInAPackage(root + ".*.application..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.adapter..")
                .because("use cases reach adapters only through the ports they or the domain declare; an adapter "
                        + "type in a use case ties it to one database, carrier or web framework")
                .allowEmptyShould(true);
    }

    // A module is used only through its API package.

    /**
     * API packages are plain Java: facades, records and events other modules compile against carry no framework
     * type, so a module's users never inherit its HTTP, JSON or DI choices. HTTP shapes live in web adapters.
     * The app (which nobody uses) and the sandbox (a stand-in for remote carriers) have no API in this sense.
     */
    public static ArchRule apiPackagesArePlainJava(String root, Map<String, String> knownExceptions) {
        String[] apis = MODULE_MAP.keySet().stream()
                .filter(m -> !m.equals(APP) && !m.equals(SANDBOX))
                .flatMap(m -> apiPackages(root, m).stream())
                .toArray(String[]::new);
        return noClasses()
                .that().resideInAnyPackage(apis)
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not a known exception",
                        (JavaClass c) -> !knownExceptions.containsKey(topLevelName(c))))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("other modules compile against the API package: a Micronaut, Jackson or JDBC type there "
                        + "leaks one module's framework choices into all of its users")
                .allowEmptyShould(true);
    }

    /** An API package speaks in its own types and the kernel's, never in its module's domain or adapter types. */
    public static ArchRule apiDoesNotExposeItsInternals(String root) {
        return classes()
                .that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("expose no internal type of their own module in an API package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> module = moduleOf(root, origin.getPackageName());
                        // The app is used by nobody: its base package is its main class, not an API.
                        if (module.isEmpty() || module.get().equals(APP)
                                || !apiPackages(root, module.get()).contains(origin.getPackageName())) {
                            return;
                        }
                        List<String> api = apiPackages(root, module.get());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            if (moduleOf(root, target.getPackageName()).equals(module)
                                    && !api.contains(target.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, String.format(
                                        "the API of module %s exposes its internal %s: %s", module.get(),
                                        target.getName(), dependency.getDescription())));
                            }
                        }
                    }
                })
                .because("other modules see only the API package; an internal type there is either unusable to "
                        + "them or an internal made public by the back door")
                .allowEmptyShould(true);
    }

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
                .because("export depends only on the kernel, the platform and the plugin SPI; what it needs from import is asked "
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

    /**
     * Each module uses only the modules {@code map} allows it. Stricter than the direction rules: a new edge
     * (say customs -> logistics) goes through API packages and closes no cycle, so only this rule sees it.
     */
    public static ArchRule modulesFollowTheModuleMap(String root, Map<String, Set<String>> map) {
        return classes()
                .that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("use only the modules the module map allows") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> originModule = moduleOf(root, origin.getPackageName());
                        if (originModule.isEmpty()) {
                            return;
                        }
                        Set<String> allowed = map.get(originModule.get());
                        if (allowed == null) {
                            events.add(SimpleConditionEvent.violated(origin, String.format(
                                    "module %s is not on the module map (%s): place it there", originModule.get(),
                                    origin.getName())));
                            return;
                        }
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Optional<String> targetModule = moduleOf(root,
                                    dependency.getTargetClass().getBaseComponentType().getPackageName());
                            if (targetModule.isPresent() && !targetModule.equals(originModule)
                                    && !allowed.contains(targetModule.get())) {
                                events.add(SimpleConditionEvent.violated(dependency, String.format(
                                        "module %s may not use module %s (the module map allows it %s): %s",
                                        originModule.get(), targetModule.get(), new TreeSet<>(allowed),
                                        dependency.getDescription())));
                            }
                        }
                    }
                })
                .because("the module map is the architecture's list of allowed edges (docs/architecture/module-map.svg); "
                        + "a new edge is a design decision, made by changing the map, not by an import")
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
                    if (!api.contains(target.getPackageName())
                            && !usesAKitPublishedToIt(root, origin, originModule.get(), target)) {
                        events.add(SimpleConditionEvent.violated(dependency, String.format(
                                "module %s reaches into the internals of module %s (its API is only %s): %s",
                                originModule.get(), targetModule.get(), String.join(", ", api),
                                dependency.getDescription())));
                    }
                }
            }
        };
    }

    /** A web adapter (or the app) using the platform's page kit, or a persistence adapter its persistence kit. */
    private static boolean usesAKitPublishedToIt(String root, JavaClass origin, String originModule, JavaClass target) {
        String kit = target.getPackageName();
        boolean pages = kit.equals(root + "." + PLATFORM_PAGE_KIT)
                && (originModule.equals(APP) || origin.getPackageName().contains(".adapter.web"));
        boolean persistence = kit.equals(root + "." + PLATFORM_PERSISTENCE_KIT)
                && origin.getPackageName().contains(".adapter.persistence");
        return pages || persistence;
    }

    /** The packages other modules may use: the base package, and for the plugin module the SPI's sub-packages. */
    public static List<String> apiPackages(String root, String moduleName) {
        String base = module(root, moduleName);
        if (!moduleName.equals(PLUGIN)) {
            return List.of(base);
        }
        return Stream.concat(Stream.of(base), PLUGIN_SPI_SUBPACKAGES.stream().map(sub -> base + "." + sub)).toList();
    }

    /** The platform's JSON shapes (money, a page of a listing, problem+json) that every module's web adapters answer with. */
    private static Map.Entry<String, String> platformJson(String record) {
        return Map.entry("io.kuajing.platform." + record, "a JSON shape (@Serdeable) shared by every module's web "
                + "adapters; to move with them into a platform web package once API records stop carrying JSON");
    }

    /** The class a name belongs to: nested classes and Micronaut's generated {@code $Name$Definition} go to Name. */
    private static String topLevelName(JavaClass c) {
        String simple = c.getName().substring(c.getPackageName().length() + 1);
        if (simple.startsWith("$")) {
            simple = simple.substring(1);
        }
        int nested = simple.indexOf('$');
        return c.getPackageName() + "." + (nested < 0 ? simple : simple.substring(0, nested));
    }

    /** An insertion-ordered map from alternating module names and their allowed dependencies. */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> moduleMap(Object... moduleThenUses) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < moduleThenUses.length; i += 2) {
            map.put((String) moduleThenUses[i], (Set<String>) moduleThenUses[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
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
