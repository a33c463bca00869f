package io.kuajing.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' MariaDB: by default the private server benchmarks/run starts on 127.0.0.1:18406, so the server's
 * own counters (SHOW GLOBAL STATUS) count this run's statements and nobody else's. {@code KUAJING_BENCH_DB} names
 * another ({@code jdbc:mysql://host:port}, user root or {@code KUAJING_BENCH_DB_USER}).
 */
final class Database {

    static final String SERVER = System.getenv().getOrDefault("KUAJING_BENCH_DB", "jdbc:mysql://127.0.0.1:18406");
    static final String USER = System.getenv().getOrDefault("KUAJING_BENCH_DB_USER", "root");
    static final String PASSWORD = System.getenv().getOrDefault("KUAJING_BENCH_DB_PASSWORD", "");
    /** The counters a checkout is measured by. */
    static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_set_option", "Com_commit", "Com_rollback");

    private Database() {
    }

    /** A new, empty database {@code name} (dropped first if a previous run left it) and its JDBC URL. */
    static String fresh(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "/", USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return url(name);
    }

    static String url(String name) {
        return SERVER + "/" + name + "?rewriteBatchedStatements=true";
    }

    static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(url(name), USER, PASSWORD);
    }

    /** The server's global counters now. */
    static Map<String, Long> counters() throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Connection c = DriverManager.getConnection(SERVER + "/", USER, PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", COUNTERS) + "')")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((k, v) -> delta.put(k, v - before.getOrDefault(k, 0L)));
        return delta;
    }
}
