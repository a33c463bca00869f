package io.kuajing.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server's own refusals, told apart: a CHECK constraint by its name, a duplicate key as such, and the refused
 * statement leaving the transaction's earlier work in place.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintRefusalsTest implements WithTestDatabase {

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void aCheckConstraintIsNamedAndADuplicateKeyIsNotTakenForOne() {
        tx.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute("CREATE TABLE refusal_probe (id INT PRIMARY KEY, used INT NOT NULL, cap INT NOT NULL,"
                        + " CONSTRAINT refusal_probe_within_cap CHECK (used <= cap)) ENGINE=InnoDB");
                st.execute("INSERT INTO refusal_probe VALUES (1, 5, 10)");
                SQLException overCap = assertThrows(SQLException.class,
                        () -> st.executeUpdate("UPDATE refusal_probe SET used = used + 6 WHERE id = 1"));
                assertTrue(ConstraintRefusals.isCheckViolation(new IllegalStateException(overCap), "refusal_probe_within_cap"));
                assertFalse(ConstraintRefusals.isCheckViolation(overCap, "another_constraint"));
                assertFalse(ConstraintRefusals.isDuplicateKey(overCap));

                SQLException taken = assertThrows(SQLException.class,
                        () -> st.executeUpdate("INSERT INTO refusal_probe VALUES (1, 0, 10)"));
                assertTrue(ConstraintRefusals.isDuplicateKey(new IllegalStateException(taken)));
                assertFalse(ConstraintRefusals.isCheckViolation(taken, "refusal_probe_within_cap"));

                st.executeUpdate("UPDATE refusal_probe SET used = used + 5 WHERE id = 1");
                try (ResultSet used = st.executeQuery("SELECT used FROM refusal_probe WHERE id = 1")) {
                    used.next();
                    assertEquals(10, used.getInt(1), "the refused statements changed nothing; the transaction went on");
                }
                st.execute("DROP TABLE refusal_probe");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
