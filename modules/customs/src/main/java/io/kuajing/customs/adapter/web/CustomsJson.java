package io.kuajing.customs.adapter.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.customs.DeclarationView;
import io.kuajing.customs.QuotaStatus;
import io.kuajing.customs.ReceiptView;
import io.kuajing.customs.TaxQuote;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.kernel.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON the customs console speaks. Amounts are decimal strings in CNY (never floating point). */
final class CustomsJson {

    private CustomsJson() {
    }

    static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    @Serdeable
    record Declaration(String orderNo, String regime, String portCode, String invtNo, String status,
                       @Nullable String pendingRequest, @Nullable String reason, @Nullable LocalDate releasedOn,
                       String acturalPaid, String taxTotal, String currency, String buyerIdNumber) {

        static Declaration of(DeclarationView v) {
            return new Declaration(v.orderNo(), v.regime().code(), v.portCode(), v.invtNo(), v.status(),
                    v.pendingRequest(), v.reason(), v.releasedOn(), amount(v.acturalPaid()), amount(v.taxTotal()), "CNY",
                    v.maskedBuyerId());
        }
    }

    @Serdeable
    record Receipt(String messageType, String meaning, int status, String info, Instant time) {

        static Receipt of(ReceiptView r) {
            return new Receipt(r.messageType(), r.meaning(), r.status(), r.info(), r.time());
        }
    }

    @Serdeable
    record Parked(String orderNo, @Nullable String messageType, @Nullable String guid, String reason, Instant at) {
        static Parked of(DeclarationRecords.Parked p) {
            return new Parked(p.orderNo(), p.messageType(), p.guid(), p.reason(), p.at());
        }
    }

    @Serdeable
    record ReceiptAside(@Nullable String source, @Nullable String messageType, @Nullable String identifiers,
                        @Nullable Integer status, String reason,
                        Instant at) {
        static ReceiptAside of(DeclarationRecords.ReceiptAside a) {
            return new ReceiptAside(a.source(), a.messageType(), a.identifiers(), a.status(), a.reason(), a.at());
        }
    }

    /** A quota question: the ID number goes in the body, never in a URL that access logs keep. */
    @Serdeable
    record QuotaLookup(@NotBlank @Size(max = 18) String idNumber, @Nullable @Min(2016) Integer year) {
    }

    @Serdeable
    record Quota(String buyerIdNumber, int year, String annualLimit, String used, String remaining, String currency) {

        static Quota of(QuotaStatus s) {
            return new Quota(s.maskedBuyerId(), s.year(), amount(s.annualLimit()), amount(s.used()), amount(s.remaining()), "CNY");
        }
    }

    @Serdeable
    record TaxQuoteBody(@NotBlank String regime, @Nullable LocalDate on, @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

        @Serdeable
        record Line(@NotBlank String hsCode, @NotNull @PositiveOrZero BigDecimal taxablePrice, @Min(1) int quantity,
                    @Nullable BigDecimal contentPerUnit) {
        }
    }

    @Serdeable
    record Quote(String regime, LocalDate on, String basis, List<QuoteLine> lines, String tariff, String consumptionTax,
                 String vat, String total, String currency, String rounding) {

        static Quote of(TaxQuote q) {
            return new Quote(q.regime().code(), q.on(), q.basis(), q.lines().stream().map(QuoteLine::of).toList(),
                    amount(q.tariff()), amount(q.consumptionTax()), amount(q.vat()), amount(q.total()), "CNY",
                    "each tax rounded to the fen per line, HALF_UP");
        }
    }

    @Serdeable
    record QuoteLine(String hsCode, String taxablePrice, String tariff, String consumptionTax, String vat, String total) {

        static QuoteLine of(TaxQuote.Line l) {
            return new QuoteLine(l.hsCode(), amount(l.taxablePrice()), amount(l.tariff()), amount(l.consumptionTax()),
                    amount(l.vat()), amount(l.total()));
        }
    }
}
