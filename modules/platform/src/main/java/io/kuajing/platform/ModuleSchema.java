package io.kuajing.platform;

import java.util.regex.Pattern;

/**
 * A module's claim on the database: its Flyway migrations live in {@code classpath:db/migration/<module>} and
 * its migration history in its own table {@code <module>_schema_history}, so modules evolve their tables
 * independently. Tables are prefixed with the module name.
 */
public record ModuleSchema(String module) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");

    public ModuleSchema {
        if (module == null || !NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("module name must match " + NAME.pattern() + ": " + module);
        }
    }

    public String migrationsLocation() {
        return "classpath:db/migration/" + module;
    }

    public String historyTable() {
        return module + "_schema_history";
    }
}
