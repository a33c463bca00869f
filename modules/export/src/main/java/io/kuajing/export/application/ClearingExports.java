package io.kuajing.export.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kuajing.export.ExportClearance;
import io.kuajing.export.ExportCustoms;
import io.kuajing.export.ExportOrderView;
import io.kuajing.export.ParcelArrival;
import io.kuajing.export.ParcelDeparture;
import io.kuajing.export.SummaryDeclarationView;
import io.kuajing.export.domain.Consignments;
import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.ExportParcel;
import io.kuajing.export.domain.ExportParcels;
import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.Transport;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.Vendors;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/**
 * The ExportClearance facade: a 9610 order's parcel described from the vendor and its listings (the Chinese name,
 * HS code, declared CNY value and weight customs sees) and handed to customs through {@link ExportCustoms}; then its
 * arrival at the export supervision site and its departure reported, naming the parcel by its waybill number; its
 * list withdrawn, and the vendor's receipt of its payment told to customs once.
 */
@Singleton
class ClearingExports implements ExportClearance {

    /** Statuses of a 9610 order whose list customs accepted: it may be told of the payment. */
    private static final Set<ExportOrderStatus> ACCEPTED_BY_CUSTOMS = EnumSet.of(
            ExportOrderStatus.DECLARED, ExportOrderStatus.ARRIVED, ExportOrderStatus.DEPARTED, ExportOrderStatus.SHIPPED);

    /** Our bound on one report: a truck or a flight's load of parcels, and a request of reasonable size. */
    static final int MAX_PARCELS_PER_REPORT = 500;

    private final ExportOrders orders;
    private final Vendors vendors;
    private final Listings listings;
    private final Consignments consignments;
    private final ExportCustoms customs;
    private final Transactions transactions;
    private final Clock clock;
    private final ExportParcels parcels;

    ClearingExports(ExportOrders orders, Vendors vendors, Listings listings, Consignments consignments,
                    ExportCustoms customs, Transactions transactions, Clock clock, ExportParcels parcels) {
        this.parcels = parcels;
        this.clock = clock;
        this.orders = orders;
        this.consignments = consignments;
        this.vendors = vendors;
        this.listings = listings;
        this.customs = customs;
        this.transactions = transactions;
    }

    @Override
    public ExportOrderView declare(String orderNo, String given) {
        String waybillNo = bookedUnlessGiven(orderNo, given);
        if (!isWaybillNumber(waybillNo)) {
            throw new RuleViolation("waybillNo", "waybill-number", "the carrier's waybill number is 4-32 letters, digits or dashes");
        }
        ExportCustoms.Parcel parcel = transactions.read(() -> {
            ExportOrder order = orders.byNumber(orderNo).orElseThrow(() ->
                    new RuleViolation("orderNo", "export-order", "no export order " + orderNo));
            if (orders.byWaybill(waybillNo).filter(other -> !other.orderNo().equals(orderNo)).isPresent()) {
                throw new RuleViolation("waybillNo", "one-parcel-per-waybill", "another order's parcel was declared under "
                        + "waybill " + waybillNo);
            }
            if (order.mode() != ExportMode.DIRECT_9610) {
                throw new RuleViolation("orderNo", "declared-9610-only", "only 9610 parcels are declared here: a 9810 "
                        + "order ships from the overseas warehouse, its goods were declared with their consignment "
                        + "(POST /api/export/consignments/{no}/declaration)");
            }
            Vendor vendor = vendors.byId(order.vendor()).orElseThrow();
            List<ExportCustoms.Item> items = new ArrayList<>();
            for (ExportOrderLine line : order.lines()) {
                Listing listing = listings.bySku(line.sku()).orElseThrow();
                items.add(new ExportCustoms.Item(line.lineNo(), line.sku().value(), listing.titleZh(),
                        listing.hsCode().value(), line.quantity(), listing.declaredValue(), listing.weightKg()));
            }
            return new ExportCustoms.Parcel(orderNo, vendor.name(), vendor.customsCode().value(),
                    order.destination().value(), waybillNo, vendor.claimsExportRefund(), items);
        });
        customs.declare(parcel);
        transactions.write(() -> {
            orders.declaredUnder(orderNo, waybillNo);
            return null;
        });
        return transactions.read(() -> orders.byNumber(orderNo)).map(ServingGlobalSelling::view).orElseThrow();
    }

    /**
     * The waybill number of the parcel booked with a carrier when none is given; a number given for a booked parcel
     * must be its own, so customs never declares a parcel under a number its label does not carry.
     */
    private String bookedUnlessGiven(String orderNo, String given) {
        Optional<ExportParcel> booked = transactions.read(() -> parcels.of(orderNo));
        if (booked.isEmpty()) {
            return given;
        }
        if (given == null || given.equals(booked.get().waybillNo())) {
            return booked.get().waybillNo();
        }
        throw new RuleViolation("waybillNo", "booked-waybill", "the order's parcel was booked with "
                + booked.get().carrier() + " under waybill " + booked.get().waybillNo() + ": it is declared under that number");
    }

    @Override
    public List<ExportOrderView> arrived(ParcelArrival arrival) {
        String operator = arrival.siteOperatorCode();
        if (operator == null || !operator.matches("[0-9A-Z]{10}|[0-9A-Z]{18}")) {
            throw new RuleViolation("siteOperatorCode", "site-operator-code", "the site operator's customs "
                    + "registration code (10 characters) or USCC (18), digits and capitals");
        }
        text(arrival.siteOperatorName(), "siteOperatorName", 100);
        if (arrival.siteCode() != null && !arrival.siteCode().matches("[0-9A-Za-z]{1,10}")) {
            throw new RuleViolation("siteCode", "site-code", "the site's code is 1-10 letters or digits");
        }
        text(arrival.vehicle(), "vehicle", 100);
        List<ExportOrder> parcels = parcels(arrival.waybillNos(), ExportOrderStatus.DECLARED, "declared-only",
                "already-arrived", "only declared parcels arrive (POST /api/export/orders/{no}/declaration, then "
                        + "customs' acceptance)");
        return waiting(parcels, ExportOrderStatus.DECLARED, customs.arrived(arrival));
    }

    @Override
    public List<ExportOrderView> departed(ParcelDeparture departure) {
        Transport transport = Transport.of(departure.transport());
        String billNo;
        try {
            billNo = transport.waybillNumber(departure.billNo());
        } catch (RuleViolation e) {
            throw new RuleViolation("billNo", e.rule(), e.getMessage());
        }
        if (departure.transportName() != null) {
            text(departure.transportName(), "transportName", 100);
        }
        text(departure.voyageNo(), "voyageNo", 32);
        if (departure.leftAt() == null) {
            throw new RuleViolation("leftAt", "required", "when the parcels left the country");
        }
        if (departure.leftAt().isAfter(clock.instant())) {
            throw new RuleViolation("leftAt", "not-in-future", "parcels cannot have left in the future");
        }
        List<ExportOrder> parcels = parcels(departure.waybillNos(), ExportOrderStatus.ARRIVED, "arrived-only",
                "already-departed", "only parcels reported at the export supervision site depart "
                        + "(POST /api/export/arrivals)");
        return waiting(parcels, ExportOrderStatus.ARRIVED, customs.departed(new ParcelDeparture(transport.name(),
                departure.transportName(), departure.voyageNo(), billNo, departure.leftAt(), departure.waybillNos())));
    }

    /**
     * The 9610 orders of the reported parcels, each in the status the report expects ({@code from}); refused naming
     * the first waybill number that is not: unknown, reported twice, already past {@code from}, or not there yet.
     */
    private List<ExportOrder> parcels(List<String> waybillNos, ExportOrderStatus from, String notYet, String already,
                                      String notYetHint) {
        if (waybillNos == null || waybillNos.isEmpty() || waybillNos.size() > MAX_PARCELS_PER_REPORT) {
            throw new RuleViolation("waybillNos", "parcels-range", "a report names 1 to " + MAX_PARCELS_PER_REPORT
                    + " parcels by their waybill numbers");
        }
        return transactions.read(() -> {
            List<ExportOrder> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < waybillNos.size(); i++) {
                String no = waybillNos.get(i);
                String field = "waybillNos[" + i + "]";
                if (!isWaybillNumber(no)) {
                    throw new RuleViolation(field, "waybill-number", "the carrier's waybill number is 4-32 letters, digits or dashes");
                }
                if (!seen.add(no)) {
                    throw new RuleViolation(field, "distinct", "waybill " + no + " is named twice");
                }
                ExportOrder order = orders.byWaybill(no).orElseThrow(() -> new RuleViolation(field, "known-waybill",
                        "no parcel was declared under waybill " + no));
                if (order.status() == ExportOrderStatus.SHIPPED) {
                    // The marketplace was told the tracking number: export's track of the parcel ends there, so a
                    // shipment is confirmed after the departure (docs/export.md).
                    throw new RuleViolation(field, "already-shipped", "parcel " + no + " (order " + order.orderNo()
                            + ") is SHIPPED: its shipment was confirmed to the marketplace, which comes after departure");
                }
                if (order.status().compareTo(from) > 0 && order.status() != ExportOrderStatus.REFUSED
                        && order.status() != ExportOrderStatus.WITHDRAWN) {
                    throw new RuleViolation(field, already, "parcel " + no + " (order " + order.orderNo() + ") is "
                            + order.status());
                }
                if (order.status() != from) {
                    throw new RuleViolation(field, notYet, "parcel " + no + " (order " + order.orderNo() + ") is "
                            + order.status() + ": " + notYetHint);
                }
                String pending = orders.pendingReport(order.orderNo()).orElse(null);
                if (pending != null) {
                    throw new RuleViolation(field, "report-pending", "parcel " + no + " (order " + order.orderNo()
                            + ") was reported in " + pending + ", which customs has not answered yet");
                }
                found.add(order);
            }
            return found;
        });
    }

    /**
     * Each order waits on customs' answer to the report (unless another report took it meanwhile); answers the orders
     * as they are then, still {@code status} until customs concludes the report.
     */
    private List<ExportOrderView> waiting(List<ExportOrder> parcels, ExportOrderStatus status, String reportNo) {
        return transactions.write(() -> parcels.stream().map(o -> {
            orders.reported(o.orderNo(), status, reportNo);
            return orders.byNumber(o.orderNo()).map(ServingGlobalSelling::view).orElseThrow();
        }).toList());
    }

    @Override
    public ExportOrderView withdraw(String orderNo, String reason) {
        text(reason, "reason", 1000);
        ExportCustoms.Withdrawal withdrawal = transactions.read(() -> {
            ExportOrder order = orders.byNumber(orderNo).orElseThrow(() ->
                    new RuleViolation("orderNo", "export-order", "no export order " + orderNo));
            if (order.status() != ExportOrderStatus.DECLARED) {
                throw new RuleViolation("orderNo", "declared-only", "only a parcel customs accepted and not reported at "
                        + "the export supervision site yet is withdrawn; order " + orderNo + " is " + order.status());
            }
            orders.pendingReport(orderNo).ifPresent(report -> {
                throw new RuleViolation("orderNo", "report-pending", "order " + orderNo + " was reported in " + report
                        + ", which customs has not answered yet");
            });
            Vendor vendor = vendors.byId(order.vendor()).orElseThrow();
            return new ExportCustoms.Withdrawal(orderNo, vendor.name(), vendor.customsCode().value(), reason.strip());
        });
        customs.withdraw(withdrawal);
        return transactions.read(() -> orders.byNumber(orderNo)).map(ServingGlobalSelling::view).orElseThrow();
    }

    @Override
    public ExportOrderView paymentReceived(String orderNo, Instant receivedAt) {
        Instant now = clock.instant();
        Instant at = receivedAt == null ? now : receivedAt;
        if (at.isAfter(now)) {
            throw new RuleViolation("receivedAt", "not-in-future", "the payment cannot have been received in the future");
        }
        Optional<ExportCustoms.PaymentReceipt> receipt = transactions.read(() -> {
            ExportOrder order = orders.byNumber(orderNo).orElseThrow(() ->
                    new RuleViolation("orderNo", "export-order", "no export order " + orderNo));
            if (!order.mode().declaredPerOrder()) {
                throw new RuleViolation("orderNo", "declared-9610-only", "only a 9610 order's payment is told to customs");
            }
            if (!ACCEPTED_BY_CUSTOMS.contains(order.status())) {
                throw new RuleViolation("orderNo", "declared-first", "customs is told of the payment of an order whose "
                        + "list it accepted; order " + orderNo + " is " + order.status());
            }
            if (order.paymentReceipt() != null) {
                return Optional.<ExportCustoms.PaymentReceipt>empty();
            }
            if (at.isBefore(order.soldAt())) {
                throw new RuleViolation("receivedAt", "not-before-sale", "the payment comes after the sale, "
                        + order.soldAt());
            }
            Vendor vendor = vendors.byId(order.vendor()).orElseThrow();
            return Optional.of(new ExportCustoms.PaymentReceipt(orderNo, vendor.name(),
                    vendor.customsCode().value(), order.marketplace(), order.marketplaceOrderId(), order.sales(), at));
        });
        receipt.ifPresent(r -> {
            customs.paymentReceived(r);
            transactions.write(() -> {
                orders.paymentReceiptSent(orderNo);
                return null;
            });
        });
        return transactions.read(() -> orders.byNumber(orderNo)).map(ServingGlobalSelling::view).orElseThrow();
    }

    @Override
    public void paymentReceiptAnsweredByCustoms(String orderNo, boolean accepted, String customsNote) {
        transactions.write(() -> {
            orders.paymentReceiptAnswered(orderNo, accepted, customsNote);
            return null;
        });
    }

    @Override
    public void withdrawalAnsweredByCustoms(String orderNo, boolean withdrawn, String customsNote) {
        transactions.write(() -> {
            if (withdrawn) {
                orders.withdrawn(orderNo);
            } else {
                orders.noted(orderNo, customsNote);
            }
            return null;
        });
    }

    @Override
    public void reportAnsweredByCustoms(String reportNo, boolean accepted, String customsNote) {
        transactions.write(() -> {
            if (accepted) {
                orders.reportAccepted(reportNo);
            } else {
                orders.reportRefused(reportNo, customsNote);
            }
            return null;
        });
    }

    private static void text(String value, String field, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new RuleViolation(field, "text-length", field + " is 1 to " + maxLength + " characters");
        }
    }

    private static boolean isWaybillNumber(String value) {
        return value != null && value.matches("[A-Za-z0-9-]{4,32}");
    }

    @Override
    public SummaryDeclarationView declareSummary(String vendorId, String month) {
        if (vendorId == null || vendorId.isBlank()) {
            throw new RuleViolation("vendorId", "required", "the vendor whose lists are summed up");
        }
        Vendor vendor = transactions.read(() -> vendors.byId(new VendorId(vendorId))).orElseThrow(() ->
                new RuleViolation("vendorId", "vendor", "no vendor " + vendorId));
        if (!vendor.claimsExportRefund()) {
            throw new RuleViolation("vendorId", "claims-export-refund", "vendor " + vendorId + " claims no VAT export "
                    + "refund: its lists are simplified (A) and never summed up");
        }
        YearMonth period;
        try {
            period = YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("month", "year-month", "the month is yyyy-MM, e.g. 2026-12");
        }
        if (period.isAfter(YearMonth.now(clock.withZone(ChinaTime.ZONE)))) {
            throw new RuleViolation("month", "not-in-future", "a month still to come has no concluded list");
        }
        return customs.summarise(new ExportCustoms.SummaryRequest(vendor.name(), vendor.customsCode().value(), period));
    }

    @Override
    public Optional<SummaryDeclarationView> summaryDeclaration(String summaryNo) {
        return customs.summary(summaryNo);
    }

    /** Customs names what it declared by our number only: an order's (EX...) or a consignment's (EC...). */
    @Override
    public void acceptedByCustoms(String declaredNo) {
        transactions.write(() -> {
            if (!consignments.declared(declaredNo)) {
                orders.declared(declaredNo);
            }
            return null;
        });
    }

    @Override
    public void refusedByCustoms(String declaredNo, String customsNote) {
        transactions.write(() -> {
            if (!consignments.refused(declaredNo, customsNote)) {
                orders.refused(declaredNo, customsNote);
            }
            return null;
        });
    }
}
