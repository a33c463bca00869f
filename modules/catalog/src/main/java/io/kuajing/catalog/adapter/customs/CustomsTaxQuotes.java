package io.kuajing.catalog.adapter.customs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.TaxQuote;
import io.kuajing.catalog.domain.TaxQuotes;
import io.kuajing.customs.TaxQuoteRequest;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import jakarta.inject.Singleton;

/**
 * A product page's tax for one unit, computed by customs exactly as checkout and the declaration will compute it.
 * Where customs has no rate on file (or no HS code is known) the mode is shown without a price, never guessed.
 */
@Singleton
class CustomsTaxQuotes implements TaxQuotes {

    private static final Map<String, String> BASES = Map.of(
            "CBEC_WITHIN_LIMITS", "CBEC within limits: tariff 0, VAT and consumption tax at 70%",
            "CBEC_SINGLE_ITEM_FULL_RATE", "CBEC single item over the per-transaction limit: full general rates",
            "GENERAL_TRADE", "general trade: tariff, consumption tax and VAT in full");

    private final io.kuajing.customs.TaxQuotes customs;

    CustomsTaxQuotes(io.kuajing.customs.TaxQuotes customs) {
        this.customs = customs;
    }

    @Override
    public Optional<TaxQuote> quote(HsCode hsCode, FulfilmentMode mode, Money taxablePrice, LocalDate date) {
        if (hsCode == null) {
            return Optional.empty();
        }
        try {
            io.kuajing.customs.TaxQuote quote = customs.quote(new TaxQuoteRequest(Regime.of(mode), date,
                    List.of(new TaxQuoteRequest.Line(hsCode, taxablePrice, 1, null))));
            return Optional.of(new TaxQuote(quote.tariff(), quote.consumptionTax(), quote.vat(),
                    BASES.getOrDefault(quote.basis(), quote.basis())));
        } catch (RuleViolation noRateOnFile) {
            return Optional.empty();
        }
    }
}
