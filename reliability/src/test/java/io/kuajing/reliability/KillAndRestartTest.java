package io.kuajing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the built JAR on one MySQL database, the customs sandbox and the carriers' simulators answering;
 * orders placed and paid through both while each instance in turn is killed with SIGKILL in the middle of the
 * pipeline and started again. Afterwards the database must show nothing lost (every order placed is there),
 * nothing duplicated (one payment, one declaration per order), and nothing left without a state (every order
 * delivered, or refunded, or carrying what customs said against it). The report is printed as a table.
 */
class KillAndRestartTest {

    private static final String SECRET = "reliability-suite-jwt-secret-0123456789abcdef";
    private static final int ORDERS = 24;
    private static final List<String> SETTLED = List.of("DELIVERED", "REFUNDED", "RETURNED", "RETURN_REFUSED");

    private final Api api = new Api(SECRET);
    private final List<String> placed = new CopyOnWriteArrayList<>();
    private final List<String> refusedAtTheDoor = new CopyOnWriteArrayList<>();

    @Test
    void twoInstancesOnOneDatabaseKilledMidPipelineLoseAndDuplicateNothing() throws Exception {
        Instant began = Instant.now();
        Map<String, String> database = TestDatabase.freshDatabaseProperties();
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "kuajing-reliability-" + ProcessHandle.current().pid());
        try (CarrierSimulators carriers = CarrierSimulators.start(Duration.ofMillis(300))) {
            Map<String, String> settings = new LinkedHashMap<>(database);
            settings.remove("datasources.default.maximum-pool-size");
            settings.putAll(carriers.settings());
            settings.putAll(Map.ofEntries(
                    Map.entry("micronaut.environments", "dev"),
                    Map.entry("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET),
                    // A killed instance's claims run out quickly, so the other takes its work over within the run.
                    Map.entry("kuajing.outbox.lease", "5s"),
                    Map.entry("kuajing.outbox.poll-interval", "200ms"),
                    Map.entry("kuajing.outbox.first-retry-delay", "300ms"),
                    Map.entry("kuajing.outbox.max-retry-delay", "2s"),
                    Map.entry("kuajing.outbox.max-attempts", "40"),
                    Map.entry("kuajing.logistics.worker.interval", "300ms"),
                    Map.entry("kuajing.logistics.worker.initial-delay", "300ms"),
                    Map.entry("kuajing.logistics.worker.poll-interval", "500ms"),
                    Map.entry("kuajing.logistics.worker.booking-retry", "500ms"),
                    Map.entry("kuajing.logistics.worker.lease", "5s"),
                    Map.entry("kuajing.customs.receipt-poll-interval", "200ms"),
                    Map.entry("kuajing.customs.single-window.sandbox-delay", "300ms"),
                    Map.entry("kuajing.customs.single-window.sandbox-claim", "5s"),
                    Map.entry("kuajing.catalog.translation.worker.enabled", "false")));
            try (AppProcess a = new AppProcess("a", 18201, settings, logs);
                 AppProcess b = new AppProcess("b", 18202, settings, logs)) {
                a.start(Duration.ofSeconds(120)); // migrates the fresh database first, alone
                b.start(Duration.ofSeconds(120));
                String sku = importedDirectMailSku(a);

                placeAndPay(List.of(a, b), sku, 0, ORDERS / 3);
                a.kill(); // mid-pipeline: orders paid, shipments booking, declarations on their way to customs
                placeAndPay(List.of(b), sku, ORDERS / 3, ORDERS / 2);
                a.start(Duration.ofSeconds(120));
                placeAndPay(List.of(a, b), sku, ORDERS / 2, ORDERS * 5 / 6);
                b.kill();
                placeAndPay(List.of(a), sku, ORDERS * 5 / 6, ORDERS);
                b.start(Duration.ofSeconds(120));

                Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
                while (unsettled(database) > 0 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(1000);
                }
                report(database, a.starts() + b.starts() - 2, Duration.between(began, Instant.now()), logs);
            }
        }
    }

    private String importedDirectMailSku(AppProcess app) throws InterruptedException {
        Api.Answer run = api.call(app.base(), "POST", "/api/catalog/imports", "operator-1", "OPERATOR",
                Map.of("marketplace", "us-spapi-export"), Map.of());
        assertEquals(202, run.status(), "import started: " + run.body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Api.Answer now = api.call(app.base(), "GET", "/api/catalog/imports/" + run.body().get("id"), "operator-1",
                    "OPERATOR", null, Map.of());
            if ("COMPLETED".equals(now.body().get("status"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> items = (List<Map<String, Object>>) api.call(app.base(), "GET",
                        "/api/catalog/products?size=100", "consumer-1", "CONSUMER", null, Map.of()).body().get("items");
                return items.stream().filter(p -> ((List<?>) p.get("modes")).contains("DIRECT_MAIL"))
                        .map(p -> (String) p.get("sku")).findFirst().orElseThrow();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the catalogue import did not complete");
    }

    /** Orders {@code from..to}, each by its own buyer (yearly allowances apart), through the instances in turn. */
    @SuppressWarnings("unchecked")
    private void placeAndPay(List<AppProcess> through, String sku, int from, int to) {
        for (int i = from; i < to; i++) {
            AppProcess app = through.get(i % through.size());
            String id = idNumber(i);
            String consumer = "consumer-" + i;
            Api.Answer placedNow = api.call(app.base(), "POST", "/api/purchase/checkout", consumer, "CONSUMER", Map.of(
                    "lines", List.of(Map.of("sku", sku, "quantity", 1, "mode", "DIRECT_MAIL")),
                    "buyer", Map.of("realName", "王" + (char) ('一' + i), "idNumber", id, "phone", "13712345678"),
                    "consignee", Map.of("name", "王" + (char) ('一' + i), "phone", "13712345678", "divisionCode", "310115",
                            "address", "上海市浦东新区世纪大道" + (100 + i) + "号")), Map.of("Idempotency-Key", "rel-" + i));
            if (placedNow.status() != 201 && placedNow.status() != 200) {
                refusedAtTheDoor.add(i + ": checkout " + placedNow.status() + " " + placedNow.body());
                continue;
            }
            String orderNo = (String) ((List<Map<String, Object>>) placedNow.body().get("orders")).get(0).get("orderNo");
            placed.add(orderNo);
            Api.Answer paid = api.call(app.base(), "POST", "/api/purchase/orders/" + orderNo + "/payment", consumer, "CONSUMER",
                    Map.of("payerName", "王" + (char) ('一' + i), "payerIdNumber", id), Map.of());
            if (paid.status() != 200) {
                refusedAtTheDoor.add(orderNo + ": payment " + paid.status() + " " + paid.body());
            }
        }
    }

    /** Paid orders neither settled nor carrying what customs said against them. */
    private int unsettled(Map<String, String> database) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM purchase_order WHERE status NOT IN ('PLACED', 'DELIVERED', 'REFUNDED',"
                + " 'RETURNED', 'RETURN_REFUSED') AND customs_kind IS NULL");
    }

    private void report(Map<String, String> database, int kills, Duration took, Path logs) throws SQLException {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM purchase_order GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getInt(2));
            }
        }
        int stored = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int lost = (int) placed.stream().filter(no -> {
            try {
                return count(database, "SELECT COUNT(*) FROM purchase_order WHERE order_no = '" + no + "'") != 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        int unsettled = unsettled(database);
        int unpaid = byStatus.getOrDefault("PLACED", 0);
        int doublePaid = count(database, "SELECT COUNT(*) FROM (SELECT order_no FROM purchase_payment GROUP BY order_no"
                + " HAVING COUNT(*) > 1) d");
        int doubleDeclared = count(database, "SELECT COUNT(*) FROM (SELECT order_no FROM customs_message WHERE"
                + " message_type = 'CEB621' GROUP BY order_no HAVING COUNT(*) > 1) d");
        int doubleShipped = count(database, "SELECT COUNT(*) FROM (SELECT order_id, leg_number FROM logistics_shipment"
                + " GROUP BY order_id, leg_number HAVING COUNT(*) > 1) d");
        int failedEvents = count(database, "SELECT COUNT(*) FROM platform_event_publication WHERE status = 'FAILED'");
        int delivered = byStatus.getOrDefault("DELIVERED", 0);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"instances on one database", "2", "2"});
        rows.add(new String[] {"kill -9 then restart", String.valueOf(kills), "2"});
        rows.add(new String[] {"orders placed (201)", String.valueOf(placed.size()), String.valueOf(ORDERS)});
        rows.add(new String[] {"orders stored", String.valueOf(stored), "= placed"});
        rows.add(new String[] {"lost (placed, not stored)", String.valueOf(lost), "0"});
        rows.add(new String[] {"left unpaid (payment refused)", String.valueOf(unpaid), "0"});
        rows.add(new String[] {"delivered", String.valueOf(delivered), "-"});
        rows.add(new String[] {"by status", byStatus.toString(), "-"});
        rows.add(new String[] {"left without a state", String.valueOf(unsettled), "0"});
        rows.add(new String[] {"orders paid twice", String.valueOf(doublePaid), "0"});
        rows.add(new String[] {"orders declared twice (CEB621)", String.valueOf(doubleDeclared), "0"});
        rows.add(new String[] {"shipment legs booked twice", String.valueOf(doubleShipped), "0"});
        rows.add(new String[] {"events given up (FAILED)", String.valueOf(failedEvents), "0"});
        rows.add(new String[] {"refused at the door", refusedAtTheDoor.toString(), "[]"});
        rows.add(new String[] {"seconds", String.valueOf(took.toSeconds()), "-"});
        System.out.println();
        System.out.println("Reliability: two instances, kill -9 mid-pipeline (logs in " + logs + ")");
        System.out.println(String.format("| %-34s | %-60s | %-8s |", "check", "measured", "expected"));
        System.out.println("|" + "-".repeat(36) + "|" + "-".repeat(62) + "|" + "-".repeat(10) + "|");
        rows.forEach(r -> System.out.println(String.format("| %-34s | %-60.60s | %-8s |", r[0], r[1], r[2])));

        assertEquals(ORDERS, placed.size(), "every checkout answered 201: " + refusedAtTheDoor);
        assertEquals(List.of(), refusedAtTheDoor);
        assertEquals(0, lost, "an order placed is never lost");
        assertEquals(placed.size(), stored);
        assertEquals(0, unpaid, "every order was paid");
        assertEquals(0, unsettled, "every order delivered, refunded or carrying customs' word: " + byStatus);
        assertEquals(0, doublePaid);
        assertEquals(0, doubleDeclared);
        assertEquals(0, doubleShipped);
        assertEquals(0, failedEvents);
        assertTrue(byStatus.keySet().stream().allMatch(SETTLED::contains) || unsettled == 0, byStatus.toString());
    }

    private static int count(Map<String, String> database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
    }

    /** A valid resident ID number (GB 11643 check character), one per buyer. */
    static String idNumber(int i) {
        String body = "110105" + "1990" + String.format("%02d", 1 + i % 12) + String.format("%02d", 1 + i % 28)
                + String.format("%03d", 100 + i);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
