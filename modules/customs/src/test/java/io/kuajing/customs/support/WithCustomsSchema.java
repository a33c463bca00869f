package io.kuajing.customs.support;

import java.util.HashMap;
import java.util.Map;

import io.kuajing.customs.conformance.OfficialSpec;
import io.kuajing.platform.testing.WithTestDatabase;

/**
 * A test's application on a fresh database with customs' official schema installed ({@code kuajing.customs.schema-dir}),
 * as the product runs: messages customs' gate would refuse are kept back.
 */
public interface WithCustomsSchema extends WithTestDatabase {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.customs.schema-dir", OfficialSpec.require().resolve("ceb-2022-05/xsd").toString());
        return properties;
    }
}
