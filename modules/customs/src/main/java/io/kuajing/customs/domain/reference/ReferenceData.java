package io.kuajing.customs.domain.reference;

import java.util.function.Function;

import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxRates;

/**
 * The customs reference data, parsed from the contents of seven files (config/customs by default) so rates, limits
 * and lists change by editing dated rows in files, never code: cbec-limits.csv, tax-rates.csv, positive-list.csv,
 * ports.csv, countries.csv, currencies.csv and legal-units.csv. A broken file stops the start with the file and line at fault.
 * Reading the files is the adapter's job ({@code adapter.reference.ReferenceDataFiles}): the domain never touches a disk.
 */
public record ReferenceData(CbecLimits.Schedule limits, TaxRates rates, PositiveListEditions positiveList,
                            PortsOfEntry ports, CustomsCountries countries, CustomsCurrencies currencies,
                            LegalUnits legalUnits) {

    public static final String LIMITS = "cbec-limits.csv";
    public static final String RATES = "tax-rates.csv";
    public static final String POSITIVE_LIST = "positive-list.csv";
    public static final String PORTS = "ports.csv";
    public static final String COUNTRIES = "countries.csv";
    public static final String CURRENCIES = "currencies.csv";
    public static final String LEGAL_UNITS = "legal-units.csv";

    /** From any source of file contents by file name (a folder, the copy shipped in the jar). */
    public static ReferenceData read(Function<String, String> contents, String source) {
        Function<String, Csv> csv = name -> Csv.parse(source + "/" + name, contents.apply(name));
        return new ReferenceData(
                CbecLimits.Schedule.from(csv.apply(LIMITS)),
                TaxRates.from(csv.apply(RATES)),
                PositiveListEditions.from(csv.apply(POSITIVE_LIST)),
                PortsOfEntry.from(csv.apply(PORTS)),
                CustomsCountries.from(csv.apply(COUNTRIES)),
                CustomsCurrencies.from(csv.apply(CURRENCIES)),
                LegalUnits.from(csv.apply(LEGAL_UNITS)));
    }
}
