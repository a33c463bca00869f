package io.kuajing.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One statement by hand: values bound in order (a null too), the row count, the first column of the first row, every
 * row.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsTest implements WithTestDatabase {

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void bindsInOrderCountsRowsAndReadsTheFirstValue() {
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE statements_probe (id VARCHAR(10) PRIMARY KEY, amount DECIMAL(12,2) NOT NULL,"
                        + " due DATE NULL) ENGINE=InnoDB");
                assertEquals(1, Statements.update(c, "INSERT IGNORE INTO statements_probe VALUES (?, ?, ?)",
                        "a", new BigDecimal("12.50"), null));
                assertEquals(0, Statements.update(c, "INSERT IGNORE INTO statements_probe VALUES (?, ?, ?)",
                        "a", new BigDecimal("99.00"), LocalDate.of(2026, 1, 1)), "the row was there: nothing written");
                assertEquals(1, Statements.update(c, "INSERT INTO statements_probe VALUES (?, ?, ?)",
                        "b", BigDecimal.ONE, LocalDate.of(2026, 1, 1)));

                assertEquals(0, new BigDecimal("12.50").compareTo(Statements.firstValue(c,
                        "SELECT amount FROM statements_probe WHERE id = ?", BigDecimal.class, "a").orElseThrow()));
                assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), Statements.firstValue(c,
                        "SELECT due FROM statements_probe WHERE id = ?", LocalDate.class, "b"));
                assertEquals(Optional.empty(), Statements.firstValue(c,
                        "SELECT due FROM statements_probe WHERE id = ?", LocalDate.class, "a"), "a NULL is no value");
                assertEquals(Optional.empty(), Statements.firstValue(c,
                        "SELECT amount FROM statements_probe WHERE id = ?", BigDecimal.class, "none"));
                assertEquals(List.of("b:1.00", "a:12.50"), Statements.rows(c,
                        "SELECT id, amount FROM statements_probe WHERE amount > ? ORDER BY amount",
                        rs -> rs.getString(1) + ":" + rs.getBigDecimal(2), BigDecimal.ZERO),
                        "every row, in the query's order");
                assertEquals(List.of(), Statements.rows(c, "SELECT id FROM statements_probe WHERE id = ?",
                        rs -> rs.getString(1), "none"));

                SQLException taken = assertThrows(SQLException.class, () -> Statements.update(c,
                        "INSERT INTO statements_probe VALUES (?, ?, ?)", "b", BigDecimal.TEN, null));
                assertTrue(ConstraintRefusals.isDuplicateKey(taken), "the driver's own exception reaches the caller");
                st.execute("DROP TABLE statements_probe");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
