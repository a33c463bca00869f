package io.kuajing.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * The import side of the report, asked of the rest of the product: paid cross-border import sales per fulfilment
 * mode and year, in CNY. The app answers it from purchase's API, so export depends on no other domain module.
 */
public interface ImportSales {

    List<ModeYear> byModeAndYear();

    /** One mode's paid sales in one year (China time), in CNY, and the orders counted. */
    record ModeYear(String mode, int year, BigDecimal salesCny, long orders) {
    }
}
