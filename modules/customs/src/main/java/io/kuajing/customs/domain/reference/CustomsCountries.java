package io.kuajing.customs.domain.reference;

import java.util.Map;
import java.util.stream.Collectors;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.RuleViolation;

/** ISO countries to the 3-digit customs country codes CEB messages carry (countries.csv). */
public final class CustomsCountries {

    /** The customs code of the renminbi, the only currency Kuajing declares in. */
    public static final String CNY_CURRENCY_CODE = "142";

    private final Map<String, String> byIso;

    public CustomsCountries(Map<String, String> byIso) {
        this.byIso = Map.copyOf(byIso);
    }

    public String codeOf(CountryCode country, String field) {
        String code = byIso.get(country.value());
        if (code == null) {
            throw new RuleViolation(field, "customs-country-code", "no customs country code on file for "
                    + country + ": add it to countries.csv");
        }
        return code;
    }

    public static CustomsCountries from(Csv csv) {
        return new CustomsCountries(csv.rows().stream().collect(Collectors.toMap(
                r -> CountryCode.of(r.required("iso")).value(), r -> r.required("customs_code"))));
    }
}
