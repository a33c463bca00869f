package io.kuajing.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input table ({@code reliability/bad-inputs.json}): every case is sent over real HTTP to the app on MySQL
 * and must be refused with its status as application/problem+json naming its field and rule, and must change nothing:
 * the CHECKSUM TABLE of every table of the database is the same before and after. The report is printed as a table.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTableTest implements WithTestDatabase {

    @Inject
    EmbeddedServer server;

    @Inject
    TokenGenerator tokens;

    @Inject
    TransactionOperations<Connection> tx;

    private CatalogueOverHttp http;
    private final Map<String, String> placeholders = new HashMap<>();
    private final List<String> report = new ArrayList<>();
    private int passed;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", "target/kuajing/plugins");
        return properties;
    }

    /** A case of the table. */
    record Case(String route, String identity, String body, int status, String field, String rule, String note,
                Map<String, String> headers) {
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = BadInputTableTest.class.getResourceAsStream("/reliability/bad-inputs.json")) {
            Map<String, Object> doc = CatalogueOverHttp.JSON.readValue(Objects.requireNonNull(in, "bad-inputs.json"),
                    new TypeReference<>() { });
            List<Case> cases = CatalogueOverHttp.JSON.convertValue(doc.get("cases"), new TypeReference<>() { });
            List<Arguments> arguments = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                arguments.add(Arguments.of(Named.of(String.format("%03d %s: %s", i + 1, c.route(), c.note()), c)));
            }
            return arguments.stream();
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void setUp() {
        http = new CatalogueOverHttp(server.getURI());
        String consumer = token("consumer");
        List<Map<String, Object>> products = http.importSample(token("operator"), consumer);
        String sku = CatalogueOverHttp.withMode(products, "DIRECT_MAIL");
        placeholders.put("DIRECT_MAIL_SKU", sku);
        placeholders.put("DIRECT_MAIL_WAREHOUSE", "us-nj-1");
        CatalogueOverHttp.Answer placed = http.post("/api/purchase/checkout", consumer, Map.of(
                "lines", List.of(Map.of("sku", sku, "quantity", 1, "mode", "DIRECT_MAIL")),
                "buyer", Map.of("realName", "张三", "idNumber", "11010519491231002X", "phone", "13812345678"),
                "consignee", Map.of("name", "张三", "phone", "13812345678", "divisionCode", "310115",
                        "address", "上海市浦东新区世纪大道1号")), Map.of("Idempotency-Key", "table-setup"));
        assertEquals(201, placed.status(), placed.body());
        placeholders.put("ORDER", (String) ((List<Map<String, Object>>) placed.json().get("orders")).get(0).get("orderNo"));
        // The outbox and the workers settle what the setup started; the table runs on a database at rest.
        Map<String, Long> before = checksums();
        for (int i = 0; i < 30; i++) {
            sleep(Duration.ofSeconds(1));
            Map<String, Long> now = checksums();
            if (now.equals(before)) {
                return;
            }
            before = now;
        }
        throw new AssertionError("the database does not come to rest after the setup");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedNamingFieldAndRuleAndNothingChanged(Case c) {
        String[] route = c.route().split(" ", 2);
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.headers() != null) {
            c.headers().forEach((k, v) -> headers.put(k, fill(v)));
        }
        Map<String, Long> before = checksums();
        CatalogueOverHttp.Answer answer = http.send(route[0], fill(route[1]), token(c.identity()),
                c.body() == null ? null : fill(c.body()), headers);
        Map<String, Long> after = checksums();

        String field = "";
        String rule = "";
        if (answer.contentType().startsWith("application/problem+json")) {
            Map<String, Object> problem = answer.json();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.getOrDefault("violations", List.of());
            if (!violations.isEmpty()) {
                field = String.valueOf(violations.get(0).get("field"));
                rule = String.valueOf(violations.get(0).get("rule"));
            }
        }
        List<String> changed = before.keySet().stream().filter(t -> !Objects.equals(before.get(t), after.get(t))).toList();
        boolean ok = answer.status() == c.status() && c.field().equals(field) && c.rule().equals(rule) && changed.isEmpty();
        synchronized (report) {
            report.add(String.format("| %-4s | %-46.46s | %-34.34s | %3d %-3s | %-26.26s | %-22.22s | %-9s |",
                    ok ? "ok" : "FAIL", c.route(), c.note(), answer.status(), answer.status() == c.status() ? "" : "(" + c.status() + ")",
                    field, rule, changed.isEmpty() ? "unchanged" : "CHANGED " + changed));
            if (ok) {
                passed++;
            }
        }
        assertEquals(c.status(), answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + ": " + answer.body());
        assertEquals(c.field() + " / " + c.rule(), field + " / " + rule, answer.body());
        assertTrue(changed.isEmpty(), "the refusal changed " + changed);
        assertTrue(!answer.body().contains("Exception") && !answer.body().contains("io.kuajing"), "no internals: " + answer.body());
    }

    @AfterAll
    void printReport() {
        System.out.println();
        System.out.println("| res  | route                                          | case                               | status  | field                      | rule                   | tables    |");
        System.out.println("|------|------------------------------------------------|------------------------------------|---------|----------------------------|------------------------|-----------|");
        report.forEach(System.out::println);
        System.out.printf("bad-input table: %d cases, %d refused as expected with nothing changed, %d not%n",
                report.size(), passed, report.size() - passed);
    }

    private String token(String identity) {
        return switch (identity) {
            case "anonymous" -> null;
            case "operator" -> TestTokens.bearer(tokens, "table-operator", Roles.OPERATOR);
            case "consumer" -> TestTokens.bearer(tokens, "table-consumer", Roles.CONSUMER);
            default -> TestTokens.bearer(tokens, "table-" + identity, Roles.CONSUMER);
        };
    }

    private String fill(String text) {
        String filled = text.replace("${KEY}", "table-" + UUID.randomUUID());
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            filled = filled.replace("${" + p.getKey() + "}", p.getValue());
        }
        return filled;
    }

    /** CHECKSUM TABLE of every table of the test database. */
    private Map<String, Long> checksums() {
        return tx.executeRead(status -> {
            Connection connection = status.getConnection();
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Long> sums = new LinkedHashMap<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()))) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return sums;
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
