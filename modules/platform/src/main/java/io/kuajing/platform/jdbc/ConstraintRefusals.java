package io.kuajing.platform.jdbc;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells which of the database's own constraints refused a statement, so an adapter can let the database enforce an
 * invariant (a key taken once, a counter within its bound) in the statement that writes, instead of reading first.
 * Micronaut Data wraps the driver's exception, so the cause chain is searched. The statement that is refused has
 * changed nothing (MySQL, MariaDB and H2 roll back the statement, not the transaction).
 */
public final class ConstraintRefusals {

    /** MySQL 8.0.16+: ER_CHECK_CONSTRAINT_VIOLATED. */
    private static final int MYSQL_CHECK = 3819;
    /** MariaDB 10.2+: ER_CONSTRAINT_FAILED. */
    private static final int MARIADB_CHECK = 4025;
    /** H2: CHECK_CONSTRAINT_VIOLATED_1. */
    private static final int H2_CHECK = 23513;

    private ConstraintRefusals() {
    }

    /** A unique or primary key refused the row: SQLState class 23 (MySQL 23000 with error 1062, H2 23505). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && !isCheck(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The CHECK constraint named {@code constraint} refused the statement (the message names it on every server). */
    public static boolean isCheckViolation(Throwable e, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isCheck(sql) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCheck(SQLException sql) {
        int code = sql.getErrorCode();
        return code == MYSQL_CHECK || code == MARIADB_CHECK || code == H2_CHECK;
    }
}
