package io.kuajing.export.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.export.ExportClearance;
import io.kuajing.export.ExportOrderView;
import io.kuajing.export.ParcelShipping;
import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.ExportParcel;
import io.kuajing.export.domain.ExportParcels;
import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.ParcelCarriers;
import io.kuajing.export.domain.ShipToAddress;
import io.kuajing.export.domain.ShipToAddresses;
import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/**
 * The ParcelShipping facade. The carrier is called outside any database transaction; the parcel it booked is then
 * kept under the order's row lock (a twin request finds the first), and the order declared under its waybill
 * through {@link ExportClearance}, so the waybill customs sees is the one on the label.
 */
@Singleton
class ShippingParcels implements ParcelShipping {

    private final ExportOrders orders;
    private final ExportParcels parcels;
    private final ShipToAddresses addresses;
    private final Listings listings;
    private final ParcelCarriers carriers;
    private final ExportClearance clearance;
    private final Transactions transactions;
    private final Clock clock;

    ShippingParcels(ExportOrders orders, ExportParcels parcels, ShipToAddresses addresses, Listings listings,
                    ParcelCarriers carriers, ExportClearance clearance, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.parcels = parcels;
        this.addresses = addresses;
        this.listings = listings;
        this.carriers = carriers;
        this.clearance = clearance;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public BookedParcel book(String orderNo, BookParcel request, String operator) {
        if (request == null || !Inputs.isCarrierId(request.carrier())) {
            throw new RuleViolation("carrier", "carrier-id", "the carrier is its plugin id, e.g. postal-ems");
        }
        if (request.service() != null && !request.service().matches("[A-Za-z0-9_-]{1,40}")) {
            throw new RuleViolation("service", "service-code", "a service code is 1-40 letters, digits, - or _");
        }
        Optional<ExportParcel> first = transactions.read(() -> parcels.of(orderNo));
        if (first.isPresent()) {
            return repeat(first.get(), request);
        }
        ParcelCarriers.ParcelRequest parcel = transactions.read(() -> parcelOf(orderNo, request));
        ParcelCarriers.Booking booking = carriers.book(parcel);
        ExportParcel booked = new ExportParcel(orderNo, request.carrier(), booking.service(), booking.waybillNo(),
                booking.labelFormat(), booking.label(), clock.instant(), operator);
        ExportParcel kept = transactions.write(() -> {
            orders.byNumberForUpdate(orderNo);
            Optional<ExportParcel> raced = parcels.of(orderNo);
            if (raced.isPresent()) {
                return raced.get();
            }
            parcels.add(booked);
            return booked;
        });
        if (kept != booked) {
            return repeat(kept, request);
        }
        return view(kept, clearance.declare(orderNo, kept.waybillNo()), true);
    }

    @Override
    public Optional<BookedParcel> parcel(String orderNo) {
        return transactions.read(() -> parcels.of(orderNo).map(p -> view(p, orders.byNumber(orderNo)
                .map(ServingGlobalSelling::view).orElseThrow(), false)));
    }

    @Override
    public Optional<Label> label(String orderNo) {
        return transactions.read(() -> parcels.of(orderNo)).map(p -> new Label(p.labelFormat(), mediaType(p.labelFormat()),
                p.label()));
    }

    /** The parcel booked before: the same carrier finds it (declared again if that had failed), another conflicts. */
    private BookedParcel repeat(ExportParcel first, BookParcel request) {
        if (!first.carrier().equals(request.carrier())) {
            throw new ConflictWithRecord("carrier", "parcel-booked", "the order's parcel was booked with another carrier",
                    Map.of("carrier", first.carrier(), "waybillNo", first.waybillNo()));
        }
        ExportOrder order = transactions.read(() -> orders.byNumber(first.orderNo())).orElseThrow();
        ExportOrderView view = order.status() == ExportOrderStatus.RECEIVED
                ? clearance.declare(first.orderNo(), first.waybillNo()) : ServingGlobalSelling.view(order);
        return view(first, view, false);
    }

    /** What the carrier is asked to carry: the RECEIVED 9610 order's goods as customs is told, to the buyer's address. */
    private ParcelCarriers.ParcelRequest parcelOf(String orderNo, BookParcel request) {
        ExportOrder order = orders.byNumber(orderNo).orElseThrow(() ->
                new RuleViolation("orderNo", "export-order", "no export order " + orderNo));
        if (order.mode() != ExportMode.DIRECT_9610) {
            throw new RuleViolation("orderNo", "declared-9610-only", "only 9610 parcels are shipped from the hub: a "
                    + "9810 order leaves the marketplace's overseas warehouse");
        }
        if (order.status() != ExportOrderStatus.RECEIVED) {
            throw new RuleViolation("orderNo", "received-only", "order " + orderNo + " is " + order.status()
                    + ": a parcel is booked before its declaration");
        }
        ShipToAddress shipTo = addresses.addressOf(orderNo).orElseThrow(() -> new RuleViolation("shipTo", "required",
                "the marketplace gave no address for order " + orderNo + ": a label cannot be printed"));
        List<ParcelCarriers.Goods> goods = new ArrayList<>();
        BigDecimal weight = BigDecimal.ZERO;
        for (ExportOrderLine line : order.lines()) {
            Listing listing = listings.bySku(line.sku()).orElseThrow();
            goods.add(new ParcelCarriers.Goods(line.sku().value(), listing.titleZh(), listing.hsCode().value(),
                    line.quantity(), listing.declaredValue(), listing.weightKg()));
            weight = weight.add(listing.weightKg().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return new ParcelCarriers.ParcelRequest(orderNo, request.carrier(), request.service(), shipTo, weight, goods);
    }

    private static BookedParcel view(ExportParcel p, ExportOrderView order, boolean created) {
        return new BookedParcel(p.orderNo(), p.carrier(), p.service(), p.waybillNo(), p.labelFormat(), p.bookedAt(),
                p.bookedBy(), order, created);
    }

    private static String mediaType(String format) {
        return switch (format) {
            case "PNG" -> "image/png";
            case "ZPL" -> "application/x-zpl";
            default -> "application/pdf";
        };
    }
}
