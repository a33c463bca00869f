package io.kuajing.app.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.ChannelStore;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.sandbox.SimulatedCnMall;
import io.micronaut.context.ApplicationContext;

/**
 * The demo's store on a Chinese channel, as the seed's Amazon opened one on Tmall: one imported product of each mode
 * is listed in Chinese at its landed price on the simulated Tmall-like storefront ({@code cn-mall}), its buyers order
 * and pay there, the trades are pulled in as import orders of those modes, and they travel like the shop's own
 * (declared with the channel as the e-commerce platform and its payment company) while the rest of the demo runs.
 */
final class ChannelStoreDemo {

    private static final String CHANNEL = CarrierSimulators.CN_MALL;
    private static final int TRADES_PER_PRODUCT = 2;

    private final PrintStream out;
    private final ChannelStore store;
    private final ConsumerOrders orders;
    private final CarrierSimulators simulators;
    private final List<String> orderNos = new ArrayList<>();

    ChannelStoreDemo(ApplicationContext context, CarrierSimulators simulators, PrintStream out) {
        this.out = out;
        this.store = context.getBean(ChannelStore.class);
        this.orders = context.getBean(ConsumerOrders.class);
        this.simulators = simulators;
    }

    /** Lists a product of each mode, lets the storefront's buyers order, and pulls their trades in. */
    void open(List<ProductSnapshot> products) {
        Instant since = Instant.now().minus(Duration.ofMinutes(1));
        Map<String, String> listed = new TreeMap<>();
        for (FulfilmentMode mode : FulfilmentMode.values()) {
            products.stream().filter(p -> p.translated() && p.prices().stream().anyMatch(price -> price.mode() == mode))
                    .filter(p -> listedOnChannel(p, mode)).findFirst()
                    .ifPresent(p -> listed.put(mode.name(), p.sku().value()));
        }
        int buyer = 0;
        for (String sku : listed.values()) {
            for (int i = 0; i < TRADES_PER_PRODUCT; i++, buyer++) {
                String name = "渠道买家" + buyer;
                simulators.cnMall().placeOrder(sku, 1, new SimulatedCnMall.Buyer(name,
                        Demo.idNumberOf("cn-mall-" + buyer), "13912345678", "上海市", "上海市", "浦东新区",
                        "世纪大道" + (100 + buyer) + "号"));
            }
        }
        ChannelStore.ChannelPull pull = store.pull(CHANNEL, since, null);
        pull.taken().forEach(t -> orderNos.add(t.orderNo()));
        out.printf("cn-mall (Tmall-like storefront, simulated): listed %s in Chinese at their landed prices; "
                + "%d trades pulled into import orders (skipped: %d)%n", listed.keySet(), pull.taken().size(),
                pull.skipped().size());
    }

    private boolean listedOnChannel(ProductSnapshot product, FulfilmentMode mode) {
        try {
            store.list(CHANNEL, product.sku().value(), mode.name(), 20, "demo");
            return true;
        } catch (RuleViolation refused) {
            return false; // e.g. a mode the product cannot come by today: the next product
        }
    }

    /** Where the channel's orders are now, by mode and status. */
    void report() {
        Map<String, Map<String, Integer>> byModeAndStatus = new TreeMap<>();
        for (String orderNo : orderNos) {
            orders.ownedBy(CHANNEL, orderNo).ifPresent((OrderView o) ->
                    byModeAndStatus.computeIfAbsent(o.mode(), m -> new TreeMap<>()).merge(o.status(), 1, Integer::sum));
        }
        out.println("cn-mall orders by mode and status (declared with the channel as the e-commerce platform): "
                + byModeAndStatus);
    }
}
