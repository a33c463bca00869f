package io.kuajing.export.adapter.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.export.ExportOrderView;
import io.kuajing.export.IncomingOrder;
import io.kuajing.export.ListingView;
import io.kuajing.export.NewListing;
import io.kuajing.export.OnboardVendor;
import io.kuajing.export.SalesReport;
import io.kuajing.export.StatementView;
import io.kuajing.export.VendorView;
import io.kuajing.platform.MoneyJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON the export routes speak: requests as operators and marketplaces send them (checked by the application,
 * which names each refused field), answers with amounts as money objects, decimal strings with their currency
 * (ADR 0024). The module's API records stay plain Java; these map them.
 */
final class ExportJson {

    private ExportJson() {
    }

    @Serdeable
    record OnboardVendorBody(@Nullable String name, @Nullable String uscc, @Nullable String customsCode,
                             @Nullable Settlement settlement, @Nullable Boolean claimsExportRefund) {

        OnboardVendor command() {
            return new OnboardVendor(name, uscc, customsCode, settlement == null ? null
                    : new OnboardVendor.Settlement(settlement.bank, settlement.accountNumber, settlement.currency),
                    claimsExportRefund);
        }

        /** The bank account the vendor is paid into and its currency (ISO 4217). */
        @Serdeable
        record Settlement(@Nullable String bank, @Nullable String accountNumber, @Nullable String currency) {
        }
    }

    /** A listing as typed: the declared value per unit is a decimal in CNY. */
    @Serdeable
    record ListingBody(@Nullable String sku, @Nullable String titleZh, @Nullable String hsCode,
                       @Nullable BigDecimal declaredValueCny, @Nullable BigDecimal weightKg,
                       @Nullable Boolean exportLicenceRequired) {

        NewListing command() {
            return new NewListing(sku, titleZh, hsCode, declaredValueCny, weightKg, exportLicenceRequired);
        }
    }

    /** An order as the marketplace reports it: amounts are decimals in the sale currency {@code currency}. */
    @Serdeable
    record OrderBody(@Nullable String marketplace, @Nullable String marketplaceOrderId, @Nullable String mode,
                     @Nullable String destination, @Nullable Instant soldAt, @Nullable String currency,
                     @Nullable BigDecimal marketplaceFee, @Nullable List<Line> lines, @Nullable ShipTo shipTo) {

        IncomingOrder command() {
            return new IncomingOrder(marketplace, marketplaceOrderId, mode, destination, soldAt, currency, marketplaceFee,
                    lines == null ? null : lines.stream().map(l -> l == null ? null
                            : new IncomingOrder.Line(l.sku, l.quantity, l.unitPrice)).toList(),
                    shipTo == null ? null : new IncomingOrder.ShipTo(shipTo.name, shipTo.phone, shipTo.street, shipTo.city,
                            shipTo.region, shipTo.postalCode));
        }

        @Serdeable
        record Line(@Nullable String sku, @Nullable Integer quantity, @Nullable BigDecimal unitPrice) {
        }

        /** The buyer's address in the destination country (for the 9610 parcel's label); personal data. */
        @Serdeable
        record ShipTo(@Nullable String name, @Nullable String phone, @Nullable String street, @Nullable String city,
                      @Nullable String region, @Nullable String postalCode) {

            @Override
            public String toString() {
                return "ShipTo[***, " + city + ", " + region + "]";
            }
        }
    }

    @Serdeable
    record Vendor(String vendorId, String name, String uscc, String customsCode, String settlementBank,
                  String settlementAccount, String settlementCurrency, boolean claimsExportRefund,
                  Instant onboardedAt, String onboardedBy) {

        static Vendor of(VendorView v) {
            return new Vendor(v.vendorId(), v.name(), v.uscc(), v.customsCode(), v.settlementBank(),
                    v.settlementAccount(), v.settlementCurrency(), v.claimsExportRefund(), v.onboardedAt(),
                    v.onboardedBy());
        }
    }

    @Serdeable
    record Listing(String sku, String vendorId, String titleZh, String hsCode, MoneyJson declaredValue,
                   BigDecimal weightKg, boolean exportLicenceRequired) {

        static Listing of(ListingView l) {
            return new Listing(l.sku(), l.vendorId(), l.titleZh(), l.hsCode(), MoneyJson.of(l.declaredValue()),
                    l.weightKg(), l.exportLicenceRequired());
        }
    }

    @Serdeable
    record Order(String orderNo, String vendorId, String marketplace, String marketplaceOrderId, String mode,
                 String destination, Instant soldAt, MoneyJson sales, MoneyJson marketplaceFee, String status,
                 @Nullable String customsNote, @Nullable String paymentReceipt, List<Line> lines) {

        static Order of(ExportOrderView o) {
            return new Order(o.orderNo(), o.vendorId(), o.marketplace(), o.marketplaceOrderId(), o.mode(),
                    o.destination(), o.soldAt(), MoneyJson.of(o.sales()), MoneyJson.of(o.marketplaceFee()), o.status(),
                    o.customsNote(), o.paymentReceipt(), o.lines().stream().map(l -> new Line(l.lineNo(), l.sku(),
                            l.quantity(), MoneyJson.of(l.unitPrice()), MoneyJson.of(l.amount()))).toList());
        }

        @Serdeable
        record Line(int lineNo, String sku, int quantity, MoneyJson unitPrice, MoneyJson amount) {
        }
    }

    /** Null refund fields: the refund table has no rate for the line's HS code. */
    @Serdeable
    record Statement(String vendorId, LocalDate from, LocalDate to, List<Order> orders, MoneyJson salesCny,
                     MoneyJson feesCny, MoneyJson netCny) {

        static Statement of(StatementView s) {
            return new Statement(s.vendorId(), s.from(), s.to(), s.orders().stream().map(Order::of).toList(),
                    MoneyJson.of(s.salesCny()), MoneyJson.of(s.feesCny()), MoneyJson.of(s.netCny()));
        }

        @Serdeable
        record Order(String orderNo, String marketplace, String mode, LocalDate soldOn, MoneyJson sales,
                     MoneyJson marketplaceFee, MoneyJson net, BigDecimal fxRate, LocalDate fxRateDate,
                     String fxRateSource, MoneyJson salesCny, MoneyJson feeCny, MoneyJson netCny, List<Line> lines) {

            static Order of(StatementView.Order o) {
                return new Order(o.orderNo(), o.marketplace(), o.mode(), o.soldOn(), MoneyJson.of(o.sales()),
                        MoneyJson.of(o.marketplaceFee()), MoneyJson.of(o.net()), o.fxRate(), o.fxRateDate(),
                        o.fxRateSource(), MoneyJson.of(o.salesCny()), MoneyJson.of(o.feeCny()), MoneyJson.of(o.netCny()),
                        o.lines().stream().map(l -> new Line(l.lineNo(), l.sku(), l.hsCode(), l.quantity(),
                                MoneyJson.of(l.amount()), l.refundRate(), l.refundRateHsPrefix(), l.refundRateFrom(),
                                l.refundRateSource())).toList());
            }
        }

        @Serdeable
        record Line(int lineNo, String sku, String hsCode, int quantity, MoneyJson amount, @Nullable BigDecimal refundRate,
                    @Nullable String refundRateHsPrefix, @Nullable LocalDate refundRateFrom,
                    @Nullable String refundRateSource) {
        }
    }

    /** {@code growth}: the year's sales as a multiple of the year before's, null for a first year. */
    @Serdeable
    record Report(List<Row> salesAbroad, List<Row> importSales) {

        static Report of(SalesReport r) {
            return new Report(rows(r.salesAbroad()), rows(r.importSales()));
        }

        private static List<Row> rows(List<SalesReport.Row> rows) {
            return rows.stream().map(x -> new Row(x.channel(), x.year(), MoneyJson.of(x.sales()), x.orders(), x.growth()))
                    .toList();
        }

        @Serdeable
        record Row(String channel, int year, MoneyJson sales, long orders, @Nullable BigDecimal growth) {
        }
    }
}
