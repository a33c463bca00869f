package io.kuajing.export.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kuajing.export.ConsignmentView;
import io.kuajing.export.ExportCustoms;
import io.kuajing.export.NewConsignment;
import io.kuajing.export.OverseasShipping;
import io.kuajing.export.OverseasStockView;
import io.kuajing.export.domain.Consignment;
import io.kuajing.export.domain.ConsignmentLine;
import io.kuajing.export.domain.ConsignmentStatus;
import io.kuajing.export.domain.Consignments;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.ListDeclarationLimits;
import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.OverseasStock;
import io.kuajing.export.domain.OverseasWarehouse;
import io.kuajing.export.domain.Transport;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.Vendors;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/**
 * The OverseasShipping facade: a consignment is recorded only when customs' CBEC export system may take it by list
 * (no licensed goods, within the dated value limit), declared through {@link ExportCustoms}, and counted as stock
 * abroad once customs concluded it.
 */
@Singleton
class ShippingOverseas implements OverseasShipping {

    /** Customs' inventory list holds at most 100 lines. */
    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 1_000_000;

    private final Vendors vendors;
    private final Listings listings;
    private final Consignments consignments;
    private final ExportOrders orders;
    private final ListDeclarationLimits limits;
    private final ExportCustoms customs;
    private final Transactions transactions;
    private final Clock clock;

    ShippingOverseas(Vendors vendors, Listings listings, Consignments consignments, ExportOrders orders,
                     ListDeclarationLimits limits, ExportCustoms customs, Transactions transactions, Clock clock) {
        this.vendors = vendors;
        this.listings = listings;
        this.consignments = consignments;
        this.orders = orders;
        this.limits = limits;
        this.customs = customs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ConsignmentView record(String vendorId, NewConsignment c, String operator) {
        return transactions.write(() -> {
            Vendor vendor = Inputs.existingVendor(vendors, vendorId);
            OverseasWarehouse warehouse = new OverseasWarehouse(country(c.warehouseCountry()),
                    c.warehouseCode() == null ? null : c.warehouseCode().strip().toUpperCase(Locale.ROOT));
            Transport transport = Transport.of(c.transport());
            if (c.carrier() == null || c.carrier().isBlank() || c.carrier().length() > 100) {
                throw new RuleViolation("carrier", "required", "the carrier (shipping line or airline) is 1-100 characters");
            }
            String waybillNo = transport.waybillNumber(c.waybillNo());
            if (c.packages() == null || c.packages() < 1 || c.packages() > 99_999) {
                throw new RuleViolation("packages", "packages-range", "the packages the waybill counts are 1 to 99,999");
            }
            if (c.lines() == null || c.lines().isEmpty() || c.lines().size() > MAX_LINES) {
                throw new RuleViolation("lines", "lines-range", "a consignment has 1 to " + MAX_LINES + " lines (customs' list)");
            }
            List<ConsignmentLine> lines = new ArrayList<>();
            Set<Sku> seen = new HashSet<>();
            Money value = Money.zero(Money.CNY);
            for (int i = 0; i < c.lines().size(); i++) {
                NewConsignment.Line l = c.lines().get(i);
                String at = "lines[" + i + "]";
                if (l == null || l.quantity() == null) {
                    throw new RuleViolation(at, "required", "a line names sku and quantity");
                }
                Sku sku = Inputs.sku(l.sku(), at + ".sku");
                Listing listing = listings.bySku(sku).filter(x -> x.vendor().equals(vendor.id())).orElseThrow(() ->
                        new RuleViolation(at + ".sku", "listed-by-vendor", "the vendor has no listing " + sku.value()));
                if (!seen.add(sku)) {
                    throw new RuleViolation(at + ".sku", "one-line-per-sku", sku.value() + " is on an earlier line");
                }
                if (l.quantity() < 1 || l.quantity() > MAX_QUANTITY) {
                    throw new RuleViolation(at + ".quantity", "quantity-range", "a quantity is 1 to " + MAX_QUANTITY);
                }
                if (listing.exportLicenceRequired()) {
                    throw new RuleViolation(at + ".sku", "licence-not-by-list", "goods needing an export licence are "
                            + "declared by a customs declaration form, not by list (海关总署公告2020年第75号)");
                }
                ConsignmentLine line = new ConsignmentLine(i + 1, sku, l.quantity(), listing.declaredValue());
                value = value.plus(line.declaredValue());
                lines.add(line);
            }
            limits.check(value, ChinaTime.today(clock));
            String no = "EC" + ChinaTime.today(clock).toString().replace("-", "")
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
            Consignment consignment = new Consignment(no, vendor.id(), warehouse, transport, c.carrier().strip(),
                    waybillNo, c.packages(), lines, clock.instant(), operator, ConsignmentStatus.RECORDED, null);
            consignments.add(consignment);
            return view(consignment);
        });
    }

    @Override
    public ConsignmentView declare(String consignmentNo) {
        ExportCustoms.Consignment declared = transactions.read(() -> {
            Consignment c = consignments.byNumber(consignmentNo).orElseThrow(() ->
                    new RuleViolation("consignmentNo", "consignment", "no consignment " + consignmentNo));
            Vendor vendor = vendors.byId(c.vendor()).orElseThrow();
            List<ExportCustoms.Item> items = c.lines().stream().map(l -> {
                Listing listing = listings.bySku(l.sku()).orElseThrow();
                return new ExportCustoms.Item(l.lineNo(), l.sku().value(), listing.titleZh(), listing.hsCode().value(),
                        l.quantity(), l.unitValue(), listing.weightKg());
            }).toList();
            return new ExportCustoms.Consignment(c.consignmentNo(), vendor.name(), vendor.customsCode().value(),
                    c.warehouse().country().value(), c.warehouse().code(), c.transport().name(), c.carrier(),
                    c.waybillNo(), c.packages(), items);
        });
        customs.declare(declared);
        return consignment(consignmentNo).orElseThrow();
    }

    @Override
    public Optional<ConsignmentView> consignment(String consignmentNo) {
        return transactions.read(() -> consignments.byNumber(consignmentNo).map(ShippingOverseas::view));
    }

    @Override
    public List<ConsignmentView> consignments(String vendorId, int limit) {
        return transactions.read(() -> {
            Vendor vendor = Inputs.existingVendor(vendors, vendorId);
            return consignments.ofVendor(vendor.id(), limit).stream().map(ShippingOverseas::view).toList();
        });
    }

    @Override
    public List<OverseasStockView> overseasStock(String vendorId) {
        return transactions.read(() -> {
            Vendor vendor = Inputs.existingVendor(vendors, vendorId);
            return OverseasStock.of(consignments.shippedOf(vendor.id()), orders.soldFromOverseasWarehouses(vendor.id()))
                    .stream().map(s -> new OverseasStockView(s.sku().value(), s.country().value(), s.shippedByWarehouse(),
                            s.shipped(), s.sold(), s.onHand())).toList();
        });
    }

    private static ConsignmentView view(Consignment c) {
        List<ConsignmentView.Line> lines = c.lines().stream().map(l -> new ConsignmentView.Line(l.lineNo(),
                l.sku().value(), l.quantity(), l.declaredValue())).toList();
        Money value = lines.stream().map(ConsignmentView.Line::declaredValue).reduce(Money.zero(Money.CNY), Money::plus);
        return new ConsignmentView(c.consignmentNo(), c.vendor().value(), c.warehouse().country().value(),
                c.warehouse().code(), c.transport().name(), c.carrier(), c.waybillNo(), c.packages(), value,
                c.status().name(), c.customsNote(), c.recordedAt(), lines);
    }

    private static CountryCode country(String value) {
        try {
            return CountryCode.of(value);
        } catch (RuntimeException e) {
            throw new RuleViolation("warehouse.country", "iso-3166", "the warehouse's country is an ISO 3166 alpha-2 code, e.g. CA");
        }
    }
}
