package io.kuajing.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;


import io.kuajing.app.demo.Demo;
import io.kuajing.app.demo.DevelopmentCarriers;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.LoggerFactory;

/** Starts Kuajing: {@code java -jar kuajing.jar}. */
@OpenAPIDefinition(info = @Info(title = "Kuajing", version = "0.1",
        description = "Overseas purchase into China: catalogue, checkout, CBEC customs and delivery. One style on every "
                + "route (docs/api.md): money as {amount, currency}, people masked, listings as {items, page, size, total}, "
                + "refusals as application/problem+json.",
        contact = @Contact(name = "Kuajing operators", url = "https://github.com/kuajing/kuajing/issues"),
        license = @License(name = "Proprietary", url = "https://github.com/kuajing/kuajing/blob/main/README.md")),
        servers = @Server(url = "/", description = "The instance serving this document"),
        tags = {
            @Tag(name = "catalog", description = "Products in Chinese with landed prices; imports and translations"),
            @Tag(name = "customs", description = "Declarations, receipts, quotas, tax quotes, the bonded account book"),
            @Tag(name = "logistics", description = "Carriers, delivery promises and options, shipments, labels"),
            @Tag(name = "purchase", description = "Basket, checkout, orders, payments, returns"),
            @Tag(name = "export", description = "Global selling: vendors, their listings and marketplace orders, statements, the report"),
            @Tag(name = "operations", description = "The outbox's failed events"),
            @Tag(name = "plugins", description = "Plugins found in the plugin folder and their state")
        })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
// The modules' controllers are compiled in their own modules; the API document is generated here, for all.
@OpenAPIInclude(packages = {"io.kuajing.catalog.adapter.web", "io.kuajing.customs.adapter.web",
        "io.kuajing.logistics.adapter.web", "io.kuajing.purchase.adapter.web", "io.kuajing.export.adapter.web"})
// Roles per route: micronaut-openapi turns each @Secured into the operation's bearer requirement with the roles as
// scopes (openapi.properties). No document-wide requirement: an operation without one is public, and says so.
public final class Kuajing {

    static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final String CONFIG_FILES = "micronaut.config.files";

    private Kuajing() {
    }

    public static void main(String[] args) {
        ensureTokenSecret();
        readOperatorsConfiguration(jarFolder());
        if (args.length > 0 && args[0].equals("demo")) {
            Demo.run(args.length > 1 ? Integer.parseInt(args[1]) : 300, Map.of(), System.out);
            return;
        }
        Micronaut app = Micronaut.build(args).mainClass(Kuajing.class).banner(false);
        DevelopmentCarriers.startIfDevelopment().ifPresent(app::properties);
        app.start();
    }

    /**
     * The operator's settings: {@code config/application.yml} beside the JAR, over the defaults built into it and
     * under environment variables and system properties. A {@code micronaut.config.files} given explicitly wins.
     */
    static void readOperatorsConfiguration(Path folder) {
        Path file = folder.resolve("config").resolve("application.yml");
        if (System.getProperty(CONFIG_FILES) == null && System.getenv("MICRONAUT_CONFIG_FILES") == null
                && Files.isRegularFile(file)) {
            System.setProperty(CONFIG_FILES, file.toAbsolutePath().toString());
        }
    }

    private static Path jarFolder() {
        try {
            Path jar = Path.of(Kuajing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent() == null ? Path.of("") : jar.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }

    /**
     * Tokens are signed with KUAJING_JWT_SECRET. Without one (a first run on a laptop) a random secret is made for
     * this process: safe, but tokens then die with the process, so production must set it.
     */
    private static void ensureTokenSecret() {
        String configured = System.getenv("KUAJING_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            System.setProperty(JWT_SECRET, configured);
        } else if (System.getProperty(JWT_SECRET) == null) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            System.setProperty(JWT_SECRET, Base64.getEncoder().encodeToString(random));
            LoggerFactory.getLogger(Kuajing.class).warn(
                    "KUAJING_JWT_SECRET is not set: tokens are signed with a random secret and end with this process");
        }
    }
}
