package io.kuajing.app.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kuajing.export.ExportClearance;
import io.kuajing.export.ExportOrderView;
import io.kuajing.export.GlobalSelling;
import io.kuajing.export.MarketplaceSelling;
import io.kuajing.export.ParcelShipping;
import io.kuajing.export.ParcelArrival;
import io.kuajing.export.ParcelDeparture;
import io.kuajing.export.SalesReport;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.sandbox.CarrierSimulators;
import io.micronaut.context.ApplicationContext;

/**
 * The export half of the demo: the {@link DemoVendors} are onboarded and publish their products on the simulated
 * amazon.com and amazon.co.jp (the US and JP channel plugins over HTTP), buyers there order, the orders are pulled into export orders, each
 * 9610 parcel is booked with the post's outbound EMS (the postal plugin over HTTP, its label in the buyer's country's
 * format), declared to customs (the sandbox single window) under the post's item number and, once customs has
 * accepted it, reported arrived at the export supervision site and departed, then confirmed shipped to the
 * marketplace with that number as its tracking number.
 */
final class GlobalSellingDemo {

    private static final String CARRIER = CarrierSimulators.POSTAL;

    private final PrintStream out;
    private final GlobalSelling selling;
    private final MarketplaceSelling marketplaces;
    private final ExportClearance clearance;
    private final ParcelShipping parcels;
    private final CarrierSimulators simulators;

    GlobalSellingDemo(ApplicationContext context, CarrierSimulators simulators, PrintStream out) {
        this.out = out;
        this.selling = context.getBean(GlobalSelling.class);
        this.marketplaces = context.getBean(MarketplaceSelling.class);
        this.clearance = context.getBean(ExportClearance.class);
        this.parcels = context.getBean(ParcelShipping.class);
        this.simulators = simulators;
    }

    /**
     * Plays the export flow with {@code orderCount} marketplace orders, shared between the two stores, waiting up to
     * {@code followFor} for customs.
     */
    void play(int orderCount, Duration followFor) {
        List<String> skus = DemoVendors.publishAll(selling, marketplaces);
        out.printf("vendors selling abroad: %d, %d products published on amazon.com (USD) and amazon.co.jp (a CNY price "
                + "converted at the day's settlement rate, whole yen)%n", DemoVendors.ALL.size(), skus.size());
        // The marketplaces sell in real time (only the carriers' trips are accelerated).
        Instant since = Instant.now().minus(Duration.ofMinutes(1));
        Map<String, List<ExportOrderView>> pulled = new java.util.LinkedHashMap<>();
        for (DemoVendors.Store store : DemoVendors.Store.values()) {
            int ordered = orderCount / 2 + (store.ordinal() == 0 ? orderCount % 2 : 0);
            for (int i = 0; i < ordered; i++) {
                simulators.sellingPartner(store.pluginId()).placeOrder(skus.get(i % skus.size()), 1 + i % 2,
                        store.country(), false);
            }
            MarketplaceSelling.OrderPull pull = marketplaces.pullOrders(store.pluginId(), since, null);
            Map<String, Integer> skipped = new TreeMap<>();
            pull.skipped().forEach(s -> skipped.merge(s.rule() + ": " + s.reason(), 1, Integer::sum));
            out.printf("%s buyers ordered %d; pulled %d export orders (skipped: %s)%n", store.site(), ordered,
                    pull.taken().size(), skipped);
            pulled.put(store.site(), pull.taken());
        }

        Map<String, String> trackingByOrder = book(pulled.values().stream().flatMap(List::stream).toList());
        List<String> declared = awaitStatus(trackingByOrder.keySet(), "DECLARED", followFor);
        out.printf("declared for export (9610: CEB303 order, CEB505 waybill, CEB603 inventory list), accepted by customs: %d of %d%n",
                declared.size(), trackingByOrder.size());
        reportTheTrip(declared, trackingByOrder, followFor);
        pulled.forEach((site, orders) -> {
            List<ExportOrderView> ours = orders.stream().filter(o -> declared.contains(o.orderNo())).toList();
            long confirmed = ours.stream().filter(o -> confirm(o, trackingByOrder.get(o.orderNo()))).count();
            out.printf("confirmed shipped to %s: %d of %d%n", site, confirmed, ours.size());
        });
        report(selling.report());
    }

    /**
     * Each parcel booked with the post, which declares it: the post's item number is its customs waybill number and,
     * later, the marketplace's tracking number.
     */
    private Map<String, String> book(List<ExportOrderView> orders) {
        Map<String, String> trackingByOrder = new TreeMap<>();
        Map<String, Integer> refusals = new TreeMap<>();
        for (ExportOrderView order : orders) {
            try {
                ParcelShipping.BookedParcel parcel = parcels.book(order.orderNo(), new ParcelShipping.BookParcel(CARRIER, null),
                        "demo");
                trackingByOrder.put(order.orderNo(), parcel.waybillNo());
            } catch (RuleViolation refused) {
                refusals.merge(refused.rule(), 1, Integer::sum);
            }
        }
        out.printf("parcels booked with the post's outbound EMS (labels in the buyers' address formats): %d of %d%n",
                trackingByOrder.size(), orders.size());
        if (!refusals.isEmpty()) {
            out.println("parcels refused before customs: " + refusals);
        }
        return trackingByOrder;
    }

    /** The orders in {@code status} once all are, or when {@code followFor} is over (customs answers each step). */
    private List<String> awaitStatus(java.util.Collection<String> orderNos, String status, Duration followFor) {
        Instant deadline = Instant.now().plus(followFor);
        List<String> reached = new ArrayList<>();
        while (true) {
            reached.clear();
            orderNos.stream().filter(no -> selling.order(no).map(o -> o.status().equals(status)).orElse(false))
                    .forEach(reached::add);
            if (reached.size() == orderNos.size() || Instant.now().isAfter(deadline)) {
                return reached;
            }
            Demo.pause(250);
        }
    }

    private boolean confirm(ExportOrderView order, String trackingNumber) {
        try {
            marketplaces.confirmShipment(order.orderNo(), new MarketplaceSelling.ShipmentNotice(CARRIER, trackingNumber,
                    null), "demo");
            // What the marketplace itself now shows, not what we sent.
            return simulators.sellingPartner(order.marketplace()).shipments(order.marketplaceOrderId()).stream()
                    .anyMatch(shipment -> trackingNumber.equals(shipment.get("trackingNumber")));
        } catch (RuleViolation refused) {
            out.printf("shipment confirmation of %s refused: %s%n", order.orderNo(), refused.getMessage());
            return false;
        }
    }

    /**
     * The hub's truck brings the accepted parcels to the export supervision site (运抵, CEB507) and one flight takes
     * them out of the country (离境, CEB509), each step once customs accepted the one before (CEB508, CEB510): only
     * then are they confirmed shipped to the marketplaces.
     */
    private void reportTheTrip(List<String> declared, Map<String, String> trackingByOrder, Duration followFor) {
        if (declared.isEmpty()) {
            return;
        }
        try {
            clearance.arrived(new ParcelArrival("4403980XYZ", "深圳前海监管场所经营有限公司", null, "粤B12345",
                    declared.stream().map(trackingByOrder::get).toList()));
            List<String> arrived = awaitStatus(declared, "ARRIVED", followFor);
            List<String> departed = arrived.isEmpty() ? List.of() : awaitStatus(clearance.departed(new ParcelDeparture(
                    "AIR", "CA", "CA983", "784-12345675", Instant.now().minusSeconds(1),
                    arrived.stream().map(trackingByOrder::get).toList())).stream().map(ExportOrderView::orderNo).toList(),
                    "DEPARTED", followFor);
            out.printf("reported to customs and accepted: %d parcels arrived at the export supervision site (CEB507, "
                    + "CEB508), %d departed on flight CA983 (CEB509, CEB510)%n", arrived.size(), departed.size());
        } catch (RuleViolation refused) {
            out.printf("arrival or departure refused: %s%n", refused.getMessage());
        }
    }

    private void report(SalesReport report) {
        report.salesAbroad().forEach(row -> out.printf("sales abroad on %s in %d: %s %s in %d orders%n", row.channel(),
                row.year(), row.sales().amount().toPlainString(), row.sales().currency(), row.orders()));
    }
}
