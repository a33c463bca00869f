package io.kuajing.customs;

/** Import taxes of a basket, per line and in total, as customs will compute them (for checkout and the console). */
public interface TaxQuotes {

    /**
     * @throws io.kuajing.kernel.RuleViolation e.g. {@code per-transaction-limit} when a CBEC basket of several items
     *                                         exceeds RMB 5,000, or {@code tariff-rate-on-file} for general trade
     */
    TaxQuote quote(TaxQuoteRequest request);
}
