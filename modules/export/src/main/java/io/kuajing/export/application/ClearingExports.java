package io.kuajing.export.application;

import java.util.ArrayList;
import java.util.List;

import io.kuajing.export.ExportClearance;
import io.kuajing.export.ExportCustoms;
import io.kuajing.export.ExportOrderView;
import io.kuajing.export.domain.Consignments;
import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.Vendors;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/**
 * The ExportClearance facade: a 9610 order's parcel described from the vendor and its listings (the Chinese name,
 * HS code, declared CNY value and weight customs sees) and handed to customs through {@link ExportCustoms}.
 */
@Singleton
class ClearingExports implements ExportClearance {

    private final ExportOrders orders;
    private final Vendors vendors;
    private final Listings listings;
    private final Consignments consignments;
    private final ExportCustoms customs;
    private final Transactions transactions;

    ClearingExports(ExportOrders orders, Vendors vendors, Listings listings, Consignments consignments,
                    ExportCustoms customs, Transactions transactions) {
        this.orders = orders;
        this.consignments = consignments;
        this.vendors = vendors;
        this.listings = listings;
        this.customs = customs;
        this.transactions = transactions;
    }

    @Override
    public ExportOrderView declare(String orderNo, String waybillNo) {
        if (waybillNo == null || !waybillNo.matches("[A-Za-z0-9-]{4,32}")) {
            throw new RuleViolation("waybillNo", "waybill-number", "the carrier's waybill number is 4-32 letters, digits or dashes");
        }
        ExportCustoms.Parcel parcel = transactions.read(() -> {
            ExportOrder order = orders.byNumber(orderNo).orElseThrow(() ->
                    new RuleViolation("orderNo", "export-order", "no export order " + orderNo));
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
                    order.destination().value(), waybillNo, items);
        });
        customs.declare(parcel);
        return transactions.read(() -> orders.byNumber(orderNo)).map(ServingGlobalSelling::view).orElseThrow();
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
