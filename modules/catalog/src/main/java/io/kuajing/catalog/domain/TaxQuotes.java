package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.Optional;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Import tax for one unit of a product (customs owns the rules). DIRECT_MAIL and FLASH_PURCHASE are quoted under the
 * CBEC rules, DIRECT_PURCHASE under general trade (the tax the platform pays and puts into the domestic price).
 */
@SecondaryPort
public interface TaxQuotes {

    /**
     * @param hsCode        null for an unclassified product (only DIRECT_PURCHASE is asked for then)
     * @param taxablePrice  goods + freight (+ insurance) in CNY: the taxable price of 财关税〔2016〕18号
     * @return empty when no rate is on file for the line: the mode is then shown without a price rather than guessed
     */
    Optional<TaxQuote> quote(HsCode hsCode, FulfilmentMode mode, Money taxablePrice, LocalDate date);
}
