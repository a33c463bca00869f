package io.kuajing.customs.support;

import java.io.IOException;
import java.util.Map;

import io.kuajing.platform.testing.WithTestDatabase;
import org.junit.jupiter.api.AfterAll;

/**
 * A test context whose single window is the file exchange in folders of its own (real customs' mode): nobody writes
 * to its inbox but the test. The folders go when the test class is done (per-class lifecycle).
 */
public interface WithFileExchange extends WithTestDatabase {

    FileExchangeFolders exchange();

    @Override
    default Map<String, String> getProperties() {
        return exchange().properties(WithTestDatabase.super.getProperties());
    }

    @AfterAll
    default void deleteExchange() throws IOException {
        exchange().delete();
    }
}
