package io.kuajing.customs.domain.tax;

/** On which footing a basket is taxed. */
public enum TaxBasis {
    /** CBEC within the limits: tariff 0, VAT and consumption tax at 70% (财关税〔2016〕18号, 〔2018〕49号). */
    CBEC_WITHIN_LIMITS,
    /** CBEC, one indivisible item above the per-transaction limit: full tariff, VAT and consumption tax (〔2018〕49号). */
    CBEC_SINGLE_ITEM_FULL_RATE,
    /** General trade (0110): full statutory rates. */
    GENERAL_TRADE
}
