package io.kuajing.export.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.HsCode;

/**
 * The VAT export refund rates (出口退税率) by HS code from config/export/export-refund-rates.csv: a row names an HS
 * code prefix (the longest matching prefix wins, as the tariff's own headings nest), the rate and when it took
 * effect. A code the table does not know has no rate: the statement says so rather than guessing one.
 */
public final class ExportRefundRates {

    /** One row: goods whose HS code starts with {@code hsPrefix} are refunded {@code rate} from {@code effectiveFrom}. */
    public record Rate(String hsPrefix, LocalDate effectiveFrom, BigDecimal rate, String source) implements DatedRow {
    }

    private final List<Rate> rates;

    public ExportRefundRates(List<Rate> rates) {
        this.rates = List.copyOf(rates);
    }

    public Optional<Rate> of(HsCode code, LocalDate day) {
        return rates.stream().filter(r -> code.value().startsWith(r.hsPrefix()))
                .map(Rate::hsPrefix).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(prefix -> DatedRow.inForce(rates.stream().filter(r -> r.hsPrefix().equals(prefix)).toList(), day))
                .flatMap(Optional::stream).findFirst();
    }
}
