package io.kuajing.catalog.domain;

import java.time.LocalDate;

import io.kuajing.kernel.HsCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The CBEC retail import positive list (跨境电子商务零售进口商品清单) in force on a date. Customs owns the list;
 * this port is how the catalogue asks.
 */
@SecondaryPort
public interface PositiveList {

    /** LISTED, BONDED_ONLY or NOT_LISTED for the code's 8-digit tariff line on {@code date}. */
    Eligibility eligibilityOf(HsCode hsCode, LocalDate date);
}
