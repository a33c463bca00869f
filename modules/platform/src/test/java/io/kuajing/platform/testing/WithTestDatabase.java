package io.kuajing.platform.testing;

import java.util.Map;

import io.micronaut.test.support.TestPropertyProvider;

/**
 * Mix into a {@code @MicronautTest @TestInstance(PER_CLASS)} test to run it on its own fresh database on the
 * real test server (see {@link TestDatabase}).
 */
public interface WithTestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.freshDatabaseProperties();
    }
}
