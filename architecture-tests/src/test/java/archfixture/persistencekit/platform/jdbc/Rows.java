package archfixture.persistencekit.platform.jdbc;

/** The platform's persistence kit, published to persistence adapters only. */
public final class Rows {
    public static void insert() {
    }
}
