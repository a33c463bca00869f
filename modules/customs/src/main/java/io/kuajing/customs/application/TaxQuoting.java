package io.kuajing.customs.application;

import java.time.Clock;
import java.time.LocalDate;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.TaxQuote;
import io.kuajing.customs.TaxQuoteRequest;
import io.kuajing.customs.TaxQuotes;
import io.kuajing.customs.domain.tax.BasketTax;
import io.kuajing.customs.domain.tax.LineTax;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.domain.tax.TaxableLine;
import io.kuajing.kernel.RuleViolation;
import jakarta.inject.Singleton;

@Singleton
class TaxQuoting implements TaxQuotes {

    private final TaxCalculator calculator;
    private final Clock clock;

    TaxQuoting(TaxCalculator calculator, Clock clock) {
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public TaxQuote quote(TaxQuoteRequest request) {
        if (request.regime() == null) {
            throw new RuleViolation("regime", "required", "the customs regime is required");
        }
        LocalDate on = request.on() != null ? request.on() : LocalDate.now(clock.withZone(ChinaTime.ZONE));
        var lines = request.lines().stream()
                .map(l -> new TaxableLine(l.hsCode(), l.taxablePrice(), l.quantity(), l.contentPerUnit()))
                .toList();
        BasketTax tax = calculator.quote(request.regime(), on, lines);
        return new TaxQuote(request.regime(), on, tax.basis().name(), tax.lines().stream().map(TaxQuoting::line).toList(),
                tax.tariff(), tax.consumptionTax(), tax.vat(), tax.total());
    }

    private static TaxQuote.Line line(LineTax t) {
        return new TaxQuote.Line(t.hsCode().value(), t.taxablePrice(), t.tariff(), t.consumptionTax(), t.vat(), t.total());
    }
}
