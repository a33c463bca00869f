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
import io.kuajing.platform.MoneyJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON the customs console speaks. Amounts are money objects, decimal strings with their currency (ADR 0024). */
final class CustomsJson {

    private CustomsJson() {
    }

    @Serdeable
    record Declaration(String orderNo, String regime, String portCode, String invtNo, String status,
                       @Nullable String pendingRequest, @Nullable String reason, @Nullable LocalDate releasedOn,
                       @Nullable MoneyJson acturalPaid, @Nullable MoneyJson taxTotal, String buyerIdNumber) {

        static Declaration of(DeclarationView v) {
            return new Declaration(v.orderNo(), v.regime().code(), v.portCode(), v.invtNo(), v.status(),
                    v.pendingRequest(), v.reason(), v.releasedOn(), MoneyJson.of(v.acturalPaid()), MoneyJson.of(v.taxTotal()),
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
    record Quota(String buyerIdNumber, int year, MoneyJson annualLimit, MoneyJson used, MoneyJson remaining) {

        static Quota of(QuotaStatus s) {
            return new Quota(s.maskedBuyerId(), s.year(), MoneyJson.of(s.annualLimit()), MoneyJson.of(s.used()),
                    MoneyJson.of(s.remaining()));
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
    record Quote(String regime, LocalDate on, String basis, List<QuoteLine> lines, MoneyJson tariff,
                 MoneyJson consumptionTax, MoneyJson vat, MoneyJson total, String rounding) {

        static Quote of(TaxQuote q) {
            return new Quote(q.regime().code(), q.on(), q.basis(), q.lines().stream().map(QuoteLine::of).toList(),
                    MoneyJson.of(q.tariff()), MoneyJson.of(q.consumptionTax()), MoneyJson.of(q.vat()), MoneyJson.of(q.total()),
                    "each tax rounded to the fen per line, HALF_UP");
        }
    }

    @Serdeable
    record QuoteLine(String hsCode, MoneyJson taxablePrice, MoneyJson tariff, MoneyJson consumptionTax, MoneyJson vat,
                     MoneyJson total) {

        static QuoteLine of(TaxQuote.Line l) {
            return new QuoteLine(l.hsCode(), MoneyJson.of(l.taxablePrice()), MoneyJson.of(l.tariff()),
                    MoneyJson.of(l.consumptionTax()), MoneyJson.of(l.vat()), MoneyJson.of(l.total()));
        }
    }
}
