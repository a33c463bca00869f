package archfixture.persistencekit.catalog.application;

import archfixture.persistencekit.platform.jdbc.Rows;

/** A use case writing rows with the persistence kit itself: caught (only persistence adapters may). */
public class Importing {
    void run() {
        Rows.insert();
    }
}
