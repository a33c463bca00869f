package archfixture.frameworks.kernel;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Planted: a kernel value type that reads itself from JDBC. */
public record JdbcMoney(BigDecimal amount) {
    public static JdbcMoney from(ResultSet row) throws SQLException {
        return new JdbcMoney(row.getBigDecimal("amount"));
    }
}
