package io.kuajing.platform.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import org.junit.jupiter.api.Test;

class MySqlDriverSettingsTest {

    @Test
    void caches_statements_on_a_mysql_url() {
        DatasourceConfiguration mysql = configuration("jdbc:mysql://127.0.0.1:3306/kuajing");

        MySqlDriverSettings.configure(mysql);

        MySqlDriverSettings.PROPERTIES.forEach((name, value) ->
                assertEquals(value, mysql.getDataSourceProperties().getProperty(name), name));
    }

    @Test
    void leaves_the_embedded_h2_alone() {
        DatasourceConfiguration h2 = configuration("jdbc:h2:file:./data/kuajing;MODE=MySQL");

        MySqlDriverSettings.configure(h2);

        assertTrue(h2.getDataSourceProperties().isEmpty(), h2.getDataSourceProperties().toString());
    }

    @Test
    void keeps_what_the_operator_set() {
        DatasourceConfiguration mysql = configuration("jdbc:mysql://127.0.0.1:3306/kuajing");
        mysql.addDataSourceProperty("prepStmtCacheSize", "50");

        MySqlDriverSettings.configure(mysql);

        assertEquals("50", mysql.getDataSourceProperties().getProperty("prepStmtCacheSize"));
        assertEquals("true", mysql.getDataSourceProperties().getProperty("cachePrepStmts"));
    }

    private static DatasourceConfiguration configuration(String url) {
        DatasourceConfiguration configuration = new DatasourceConfiguration("default");
        configuration.setUrl(url);
        return configuration;
    }
}
