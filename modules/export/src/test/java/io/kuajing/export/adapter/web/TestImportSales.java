package io.kuajing.export.adapter.web;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.export.ImportSales;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The import side of the report in export's own tests (the app answers it from purchase). */
@Singleton
@Requires(env = "test")
class TestImportSales implements ImportSales {

    @Override
    public List<ModeYear> byModeAndYear() {
        return List.of(new ModeYear("DIRECT_MAIL", 2025, new BigDecimal("1000.00"), 4),
                new ModeYear("DIRECT_MAIL", 2026, new BigDecimal("2500.00"), 9));
    }
}
