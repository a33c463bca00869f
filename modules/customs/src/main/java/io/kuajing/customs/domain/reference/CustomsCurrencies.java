package io.kuajing.customs.domain.reference;

import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;

import io.kuajing.kernel.RuleViolation;

/**
 * ISO currencies to the 3-digit customs currency codes CEB messages carry (currencies.csv): export sales are paid in
 * the marketplace's currency, and the receipt of payment (CEB403) states it.
 */
public final class CustomsCurrencies {

    private final Map<String, String> byIso;

    public CustomsCurrencies(Map<String, String> byIso) {
        this.byIso = Map.copyOf(byIso);
    }

    public String codeOf(Currency currency, String field) {
        String code = byIso.get(currency.getCurrencyCode());
        if (code == null) {
            throw new RuleViolation(field, "customs-currency-code", "no customs currency code on file for "
                    + currency + ": add it to currencies.csv");
        }
        return code;
    }

    public static CustomsCurrencies from(Csv csv) {
        return new CustomsCurrencies(csv.rows().stream().collect(Collectors.toMap(
                r -> Currency.getInstance(r.required("iso")).getCurrencyCode(), r -> r.required("customs_code"))));
    }
}
