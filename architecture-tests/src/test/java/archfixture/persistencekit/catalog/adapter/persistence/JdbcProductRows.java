package archfixture.persistencekit.catalog.adapter.persistence;

import archfixture.persistencekit.platform.jdbc.Rows;

/** A persistence adapter writing rows with the platform's persistence kit: allowed. */
public class JdbcProductRows {
    void write() {
        Rows.insert();
    }
}
