package io.kuajing.export.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.kuajing.export.ExportOrderView;
import io.kuajing.export.GlobalSelling;
import io.kuajing.export.ImportSales;
import io.kuajing.export.IncomingOrder;
import io.kuajing.export.ListingView;
import io.kuajing.export.NewListing;
import io.kuajing.export.OnboardVendor;
import io.kuajing.export.SalesReport;
import io.kuajing.export.StatementView;
import io.kuajing.export.VendorView;
import io.kuajing.export.domain.CustomsRegistrationCode;
import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.ExportRefundRates;
import io.kuajing.export.domain.Growth;
import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.SettlementAccount;
import io.kuajing.export.domain.SettlementRates;
import io.kuajing.export.domain.ShipToAddress;
import io.kuajing.export.domain.ShipToAddresses;
import io.kuajing.export.domain.Uscc;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.VendorStatement;
import io.kuajing.export.domain.Vendors;
import io.kuajing.export.domain.YearlySales;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/** The GlobalSelling facade: input checked into domain values (each refusal naming its field), then kept. */
@Singleton
class ServingGlobalSelling implements GlobalSelling {

    /** A statement spans at most a year: the statement is per settlement period, not a data export. */
    private static final int MAX_STATEMENT_DAYS = 366;

    private final Vendors vendors;
    private final Listings listings;
    private final ExportOrders orders;
    private final SettlementRates fx;
    private final ExportRefundRates refunds;
    private final ImportSales importSales;
    private final Transactions transactions;
    private final Clock clock;
    private final ShipToAddresses addresses;

    ServingGlobalSelling(Vendors vendors, Listings listings, ExportOrders orders, SettlementRates fx,
                         ExportRefundRates refunds, ImportSales importSales, Transactions transactions, Clock clock,
                         ShipToAddresses addresses) {
        this.addresses = addresses;
        this.vendors = vendors;
        this.listings = listings;
        this.orders = orders;
        this.fx = fx;
        this.refunds = refunds;
        this.importSales = importSales;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public VendorView onboard(OnboardVendor c, String operator) {
        if (c.settlement() == null) {
            throw new RuleViolation("settlement", "required", "the settlement account (bank, accountNumber, currency) is required");
        }
        Vendor vendor = Vendor.onboard(c.name(), Uscc.parse(c.uscc()), CustomsRegistrationCode.parse(c.customsCode()),
                new SettlementAccount(c.settlement().bank(), c.settlement().accountNumber(),
                        Inputs.currency(c.settlement().currency(), "settlement.currency")),
                Boolean.TRUE.equals(c.claimsExportRefund()), clock.instant(), operator);
        return transactions.write(() -> {
            if (!vendors.add(vendor)) {
                Vendor existing = vendors.byId(vendor.id()).orElseThrow();
                throw new ConflictWithRecord("uscc", "vendor-onboarded", "a vendor with this USCC is already onboarded",
                        java.util.Map.of("vendorId", existing.id().value(), "name", existing.name()));
            }
            return view(vendor);
        });
    }

    @Override
    public List<VendorView> vendors() {
        return transactions.read(() -> vendors.all().stream().map(ServingGlobalSelling::view).toList());
    }

    @Override
    public Optional<VendorView> vendor(String vendorId) {
        return transactions.read(() -> vendors.byId(new VendorId(vendorId)).map(ServingGlobalSelling::view));
    }

    @Override
    public ListingView list(String vendorId, NewListing l) {
        Listing listing = new Listing(Inputs.sku(l.sku(), "sku"), new VendorId(vendorId), l.titleZh(), hsCode(l.hsCode(), "hsCode"),
                l.declaredValueCny() == null ? null : new Money(l.declaredValueCny(), Money.CNY), l.weightKg(),
                Boolean.TRUE.equals(l.exportLicenceRequired()));
        return transactions.write(() -> {
            existingVendor(vendorId);
            if (!listings.put(listing)) {
                throw new RuleViolation("sku", "sku-of-another-vendor", "another vendor lists this SKU");
            }
            return view(listing);
        });
    }

    @Override
    public List<ListingView> listings(String vendorId) {
        return transactions.read(() -> listings.ofVendor(new VendorId(vendorId)).stream().map(ServingGlobalSelling::view).toList());
    }

    @Override
    public Received receive(String vendorId, IncomingOrder o) {
        return transactions.write(() -> {
            Vendor vendor = existingVendor(vendorId);
            ExportOrder order = order(vendor, o);
            ShipToAddress shipTo = shipTo(o);
            return orders.addUnlessKnown(order).map(first -> new Received(view(first), false))
                    .orElseGet(() -> {
                        if (shipTo != null) {
                            addresses.keep(order.orderNo(), shipTo);
                        }
                        return new Received(view(order), true);
                    });
        });
    }

    @Override
    public List<ExportOrderView> orders(String vendorId, int limit) {
        return transactions.read(() -> {
            Vendor vendor = existingVendor(vendorId);
            return orders.ofVendor(vendor.id(), limit).stream().map(ServingGlobalSelling::view).toList();
        });
    }

    @Override
    public Optional<ExportOrderView> order(String orderNo) {
        return transactions.read(() -> orders.byNumber(orderNo).map(ServingGlobalSelling::view));
    }

    @Override
    public StatementView statement(String vendorId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("to", "period", "the period is from..to, both dates (yyyy-MM-dd), to not before from");
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_STATEMENT_DAYS) {
            throw new RuleViolation("to", "period-length", "a statement spans at most " + MAX_STATEMENT_DAYS + " days");
        }
        return transactions.read(() -> {
            Vendor vendor = existingVendor(vendorId);
            Instant start = from.atStartOfDay(ChinaTime.ZONE).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
            List<ExportOrder> sold = orders.ofVendorSoldBetween(vendor.id(), start, end);
            return view(VendorStatement.of(vendor.id(), from, to, sold, fx, refunds,
                    sku -> listings.bySku(sku).orElseThrow().hsCode()));
        });
    }

    @Override
    public SalesReport report() {
        List<YearlySales> abroad = transactions.read(orders::salesByMarketplaceAndYear);
        List<YearlySales> imports = importSales.byModeAndYear().stream()
                .map(m -> new YearlySales(m.mode(), m.year(), new Money(m.salesCny(), Money.CNY), m.orders())).toList();
        return new SalesReport(rows(abroad), rows(imports));
    }

    private static List<SalesReport.Row> rows(List<YearlySales> yearly) {
        return Growth.of(yearly).stream().map(r -> new SalesReport.Row(r.sales().channel(), r.sales().year(),
                r.sales().sales(), r.sales().orders(),
                r.multipleOfYearBefore().orElse(null))).toList();
    }

    private ExportOrder order(Vendor vendor, IncomingOrder o) {
        if (o.marketplace() == null || !o.marketplace().matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new RuleViolation("marketplace", "marketplace-id", "the marketplace is its plugin id, e.g. us-spapi");
        }
        if (o.marketplaceOrderId() == null || o.marketplaceOrderId().isBlank() || o.marketplaceOrderId().length() > 64) {
            throw new RuleViolation("marketplaceOrderId", "required", "the marketplace's order id is required (at most 64 characters)");
        }
        if (o.soldAt() == null) {
            throw new RuleViolation("soldAt", "required", "when the order was sold is required (ISO-8601 instant)");
        }
        if (o.soldAt().isAfter(clock.instant())) {
            throw new RuleViolation("soldAt", "not-in-future", "an order cannot be sold in the future");
        }
        ExportMode mode = ExportMode.ofCode(o.mode(), "mode");
        Currency currency = Inputs.currency(o.currency(), "currency");
        if (o.lines() == null || o.lines().isEmpty() || o.lines().size() > 100) {
            throw new RuleViolation("lines", "line-count", "an export order has 1 to 100 lines");
        }
        List<ExportOrderLine> lines = new ArrayList<>();
        for (int i = 0; i < o.lines().size(); i++) {
            IncomingOrder.Line l = o.lines().get(i);
            String at = "lines[" + i + "]";
            if (l == null || l.quantity() == null || l.unitPrice() == null) {
                throw new RuleViolation(at, "required", "a line names sku, quantity and unitPrice");
            }
            Sku sku = Inputs.sku(l.sku(), at + ".sku");
            Listing listing = listings.bySku(sku).filter(x -> x.vendor().equals(vendor.id())).orElseThrow(() ->
                    new RuleViolation(at + ".sku", "listed-by-vendor", "the vendor has no listing " + sku.value()));
            if (mode == ExportMode.DIRECT_9610 && listing.exportLicenceRequired()) {
                throw new RuleViolation(at + ".sku", "licence-not-9610", "goods needing an export licence cannot "
                        + "leave as a 9610 parcel (simplified declaration): ship them as 9810 or general trade");
            }
            lines.add(new ExportOrderLine(i + 1, sku, l.quantity(), new Money(l.unitPrice(), currency)));
        }
        String orderNo = "EX" + ChinaTime.today(clock).toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        return new ExportOrder(orderNo, vendor.id(), o.marketplace(), o.marketplaceOrderId(), mode,
                country(o.destination()), o.soldAt(), currency, lines,
                new Money(o.marketplaceFee() == null ? BigDecimal.ZERO : o.marketplaceFee(), currency),
                ExportOrderStatus.RECEIVED);
    }

    /** The buyer's address as given, in the order's destination country; null when the order came without one. */
    private static ShipToAddress shipTo(IncomingOrder o) {
        IncomingOrder.ShipTo a = o.shipTo();
        return a == null ? null
                : new ShipToAddress(a.name(), a.phone(), a.street(), a.city(), a.region(), a.postalCode(), o.destination());
    }

    private Vendor existingVendor(String vendorId) {
        return Inputs.existingVendor(vendors, vendorId);
    }


    private static HsCode hsCode(String value, String field) {
        try {
            return HsCode.of(value);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "hs-code-format", "an HS code is 8 or 10 digits");
        }
    }

    private static CountryCode country(String value) {
        try {
            return CountryCode.of(value);
        } catch (RuntimeException e) {
            throw new RuleViolation("destination", "iso-3166", "the destination is an ISO 3166 alpha-2 country code, e.g. US");
        }
    }

    private static VendorView view(Vendor v) {
        return new VendorView(v.id().value(), v.name(), v.uscc().value(), v.customsCode().value(), v.settlement().bank(),
                v.settlement().maskedNumber(), v.settlement().currency().getCurrencyCode(), v.claimsExportRefund(),
                v.onboardedAt(), v.onboardedBy());
    }

    private static ListingView view(Listing l) {
        return new ListingView(l.sku().value(), l.vendor().value(), l.titleZh(), l.hsCode().value(),
                l.declaredValue(), l.weightKg(), l.exportLicenceRequired());
    }

    static ExportOrderView view(ExportOrder o) {
        return new ExportOrderView(o.orderNo(), o.vendor().value(), o.marketplace(), o.marketplaceOrderId(),
                o.mode().code(), o.destination().value(), o.soldAt(), o.sales(), o.marketplaceFee(), o.status().name(),
                o.customsNote(), o.paymentReceipt(), o.lines().stream().map(l -> new ExportOrderView.Line(
                        l.lineNo(), l.sku().value(), l.quantity(), l.unitPrice(), l.amount())).toList());
    }

    private static StatementView view(VendorStatement s) {
        return new StatementView(s.vendor().value(), s.from(), s.to(), s.orders().stream().map(o -> new StatementView.Order(
                o.orderNo(), o.marketplace(), o.mode(), o.soldOn(), o.sales(), o.fee(), o.net(), o.rate().cnyPerUnit(),
                o.rate().effectiveFrom(), o.rate().source(), o.salesCny(), o.feeCny(), o.netCny(),
                o.lines().stream().map(l -> new StatementView.Line(l.lineNo(), l.sku().value(), l.hsCode().value(),
                        l.quantity(), l.amount(),
                        l.refundRate().map(ExportRefundRates.Rate::rate).orElse(null),
                        l.refundRate().map(ExportRefundRates.Rate::hsPrefix).orElse(null),
                        l.refundRate().map(ExportRefundRates.Rate::effectiveFrom).orElse(null),
                        l.refundRate().map(ExportRefundRates.Rate::source).orElse(null))).toList())).toList(),
                s.salesCny(), s.feesCny(), s.netCny());
    }
}
