package io.kuajing.app.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.CustomsSandbox;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.kuajing.sandbox.CarrierSimulators;
import io.micronaut.context.ApplicationContext;

/**
 * {@code java -jar kuajing.jar demo [orders]}: the business in a few minutes on the embedded database. It starts the
 * carriers' simulated services (a day passes in a fraction of a second), imports both sample catalogues through
 * the marketplace plugins, stocks the bonded warehouse, places orders across the three modes for generated buyers,
 * pays them, lets customs (sandbox) and the carriers take them to the doorstep, sends about one in twenty back
 * (customs takes them back, the money goes back), and prints what happened. Meanwhile a store on a Tmall-like
 * channel sells some of the catalogue ({@link ChannelStoreDemo}). Then the export direction
 * ({@link GlobalSellingDemo}): two Chinese vendors sell on the simulated amazon.com, their parcels are declared for
 * export and confirmed shipped to the marketplace.
 */
public final class Demo {

    /**
     * A simulated day lasts at least two real seconds (so the app's own polling costs a fraction of a day) and
     * 25 ms more per order: the orders arrive spread over the first simulated day, at a pace two cores process as
     * they come. Compressing a day further would let the app's own work, not the carriers, set the delivery times.
     * 300 orders: 7.5 s a day, a 6-8 working-day trip in about a minute.
     */
    static Duration simulatedDay(int orders) {
        Duration paced = Duration.ofMillis(25L * orders);
        return paced.compareTo(MIN_SIMULATED_DAY) > 0 ? paced : MIN_SIMULATED_DAY;
    }

    private static final Duration MIN_SIMULATED_DAY = Duration.ofSeconds(2);
    private static final String BONDED_BOOK = "T3100W000001";
    private static final List<String> TERMINAL = List.of("DELIVERED", "REFUNDED", "CANCELLED");
    private static final int BUYERS = 40;
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷"};

    private final PrintStream out;
    private final Random random = new Random(20261124);
    /** Per delivered order: whether it came by the last promised day, and how many days after the order that was. */
    private final Map<String, Boolean> onTime = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Long> promisedDays = new java.util.concurrent.ConcurrentHashMap<>();
    /** Delivered orders their buyers sent back. */
    private final java.util.Set<String> returning = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Demo(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo with {@code orders} orders; {@code overrides} are extra configuration (tests use it). */
    public static void run(int orders, Map<String, Object> overrides, PrintStream out) {
        Path data = Path.of("data-demo");
        deleteRecursively(data);
        Duration day = simulatedDay(orders);
        try (CarrierSimulators carriers = CarrierSimulators.start(day)) {
            Map<String, Object> properties = new HashMap<>(carriers.settings());
            properties.put("datasources.default.url", "jdbc:h2:file:" + data.toAbsolutePath().resolve("kuajing")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DEFAULT_NULL_ORDERING=HIGH");
            properties.putAll(SimulatedPace.racing());
            properties.put(OpeningBondedStock.BOOK, "");
            properties.putAll(overrides);
            // The dev environment: customs declares under its development registrations (application-dev.yml).
            try (ApplicationContext context = ApplicationContext.builder().environments("dev").properties(properties)
                    .start()) {
                Duration followFor = context.getProperty("kuajing.demo.follow-for", Duration.class).orElse(Duration.ofMinutes(3));
                out.printf("one simulated day lasts %.1f real seconds; the %d orders arrive over the first one%n",
                        day.toMillis() / 1000.0, orders);
                new Demo(out).play(context, orders, carriers, day, followFor);
                new GlobalSellingDemo(context, carriers, out).play(Math.max(6, orders / 10), followFor);
            }
        }
    }

    private void play(ApplicationContext context, int orderCount, CarrierSimulators carriers, Duration day,
                      Duration followFor) {
        Clock clock = context.getBean(Clock.class);
        Clock simulated = carriers.clock();
        List<ProductSnapshot> products = importCatalogues(context, clock);
        stockBondedWarehouse(context.getBean(BondedBook.class), products);
        ChannelStoreDemo channelStore = new ChannelStoreDemo(context, carriers, out);
        channelStore.open(products);
        context.findBean(CustomsSandbox.class).ifPresent(this::sendSomeBuyersShoppingElsewhere);
        Checkout checkout = context.getBean(Checkout.class);
        ConsumerOrders orders = context.getBean(ConsumerOrders.class);

        Map<String, Instant> placedAt = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, OrderView> finished = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Double> days = new java.util.concurrent.ConcurrentHashMap<>();
        // Followed from the first order on, so a delivery is timed when it happens, not after all are placed.
        var follower = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        follower.scheduleWithFixedDelay(() -> look(orders, placedAt, simulated, finished, days), 250, 250,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        Map<String, String> marketplaceOf = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<String, Integer> refusals = new TreeMap<>();
        long placingStarted = System.nanoTime();
        for (int i = 0; i < orderCount; i++) {
            // Order i arrives i/orderCount of the way through the first simulated day.
            long dueNanos = placingStarted + day.toNanos() * i / orderCount;
            pause(Math.max(0, (dueNanos - System.nanoTime()) / 1_000_000));
            ProductSnapshot product = products.get(random.nextInt(products.size()));
            LandedPrice price = product.prices().get(random.nextInt(product.prices().size()));
            String buyer = "buyer-" + random.nextInt(BUYERS);
            String id = idNumberOf(buyer);
            String name = NAMES[Math.abs(buyer.hashCode()) % NAMES.length];
            try {
                OrderView order = checkout.checkout(new CheckoutCommand(buyer, "demo-" + i,
                        List.of(new CheckoutCommand.Line(product.sku().value(), 1 + random.nextInt(2), price.mode().name())),
                        new CheckoutCommand.BuyerDetails(name, id, "13812345678"),
                        new CheckoutCommand.ConsigneeDetails(name, "13812345678", "310115", "上海市浦东新区世纪大道" + i + "号")))
                        .orders().get(0);
                orders.pay(buyer, order.orderNo(), new ConsumerOrders.PayerDetails(name, id));
                placedAt.put(buyer + "/" + order.orderNo(), simulated.instant());
                marketplaceOf.put(order.orderNo(), price.marketplace());
                totals.put(order.orderNo(), new java.math.BigDecimal(order.total().amount()));
            } catch (RuleViolation refused) {
                refusals.merge(refused.rule(), 1, Integer::sum);
            }
        }
        out.printf("placed and paid %d orders (%d refused at checkout: %s)%n", placedAt.size(), orderCount - placedAt.size(), refusals);

        Instant deadline = Instant.now().plus(followFor);
        while (finished.size() < placedAt.size() && Instant.now().isBefore(deadline)) {
            pause(250);
        }
        follower.shutdownNow();
        Map<String, Integer> underWay = new TreeMap<>();
        placedAt.keySet().stream().filter(k -> !finished.containsKey(k)).forEach(k -> underWay.merge(
                orders.ownedBy(k.split("/")[0], k.split("/")[1]).orElseThrow().status(), 1, Integer::sum));
        out.println("still under way when the demo stopped following (" + followFor + "): " + underWay);
        report(finished, days, marketplaceOf, totals);
        channelStore.report();
    }

    private List<ProductSnapshot> importCatalogues(ApplicationContext context, Clock clock) {
        ImportingCatalogues imports = context.getBean(ImportingCatalogues.class);
        for (String marketplace : List.of("us-spapi-export", "jp-csv-export")) {
            CatalogImportRun run = imports.start(marketplace, "demo");
            while (!List.of("COMPLETED", "FAILED").contains(run.status())) {
                pause(200);
                run = imports.run(run.id()).orElseThrow();
            }
            out.printf("imported %s: %d products, %d rows rejected%n", marketplace, run.created(), run.rejected());
        }
        List<ProductSnapshot> products = new ArrayList<>();
        BrowsingCatalog catalog = context.getBean(BrowsingCatalog.class);
        for (int page = 0; ; page++) {
            List<ProductSnapshot> batch = catalog.search(null, null, page, 100, ChinaTime.today(clock));
            products.addAll(batch.stream().filter(p -> !p.prices().isEmpty()).toList());
            if (batch.size() < 100) {
                return products;
            }
        }
    }

    /**
     * Customs counts a buyer's annual allowance across every platform; some of ours have used most of it on others,
     * which only the single window sees. Their cross-border orders pass our checkout and are refused by customs.
     */
    private void sendSomeBuyersShoppingElsewhere(CustomsSandbox sandbox) {
        List<String> spent = List.of("buyer-7", "buyer-23");
        spent.forEach(b -> sandbox.buyerSpentElsewhere(ChineseIdNumber.of(idNumberOf(b)), Money.cny("25800.00")));
        out.printf("%d of %d buyers spent ¥25,800 of their ¥26,000 annual allowance on other platforms this year%n",
                spent.size(), BUYERS);
    }

    /**
     * Bonded stock enters under bond before it can be sold as 闪购: the opening stock of every product offered that way,
     * in one entry and at once, since the first orders follow (the dev run's {@link OpeningBondedStock} is off here).
     */
    private static void stockBondedWarehouse(BondedBook book, List<ProductSnapshot> products) {
        List<BondedEntry.Item> items = products.stream().flatMap(p -> OpeningBondedStock.itemOf(p).stream()).toList();
        if (!items.isEmpty()) {
            book.recordEntry(new BondedEntry(BONDED_BOOK, "DEMO-ENTRY-1", items));
        }
    }

    private void look(ConsumerOrders orders, Map<String, Instant> placedAt, Clock simulated,
                      Map<String, OrderView> finished, Map<String, Double> days) {
        // One listing per buyer a round (statuses only), not one order view with its trip per order.
        Map<String, Map<String, OrderView>> byOwner = new HashMap<>();
        for (var placed : placedAt.entrySet()) {
            if (finished.containsKey(placed.getKey())) {
                continue;
            }
            String owner = placed.getKey().split("/")[0];
            OrderView order = byOwner.computeIfAbsent(owner, o -> orders.ownedBy(o).stream()
                    .collect(java.util.stream.Collectors.toMap(OrderView::orderNo, v -> v)))
                    .get(placed.getKey().split("/")[1]);
            if (order == null) { // beyond the listing's newest 200 of a buyer (very long demos)
                order = orders.ownedBy(owner, placed.getKey().split("/")[1]).orElseThrow();
            }
            if (order.status().equals("DELIVERED") && !days.containsKey(order.orderNo())) {
                timeTheTrip(order, Duration.between(placed.getValue(), simulated.instant()), days);
                if (sendsItBack(order) && askToReturn(orders, owner, order)) {
                    continue; // followed until customs took it back and the money went back
                }
            }
            if (TERMINAL.contains(order.status()) && !returning.contains(order.orderNo())
                    || returning.contains(order.orderNo()) && order.status().equals("REFUNDED")) {
                finished.put(placed.getKey(), order);
            }
        }
    }

    /**
     * The promise was dated by the app's real clock when the order was placed; the trip took simulated time. Laid on
     * the app's calendar from the real placing time, the delivery day is comparable.
     */
    private void timeTheTrip(OrderView order, Duration trip, Map<String, Double> days) {
        days.put(order.orderNo(), trip.toMinutes() / 1440.0);
        LocalDate orderedOn = LocalDate.ofInstant(order.placedAt(), ChinaTime.ZONE);
        LocalDate deliveredOn = LocalDate.ofInstant(order.placedAt().plus(trip), ChinaTime.ZONE);
        onTime.put(order.orderNo(), order.deliveryLatest() != null && order.deliveryLatest().compareTo(deliveredOn) >= 0);
        promisedDays.put(order.orderNo(), order.deliveryLatest() == null ? -1 : ChronoUnit.DAYS.between(orderedOn, order.deliveryLatest()));
    }

    /** About one delivered order in twenty comes back (the wrong size), picked by its order number. */
    private static boolean sendsItBack(OrderView order) {
        return Math.floorMod(order.orderNo().hashCode(), 20) == 0;
    }

    private boolean askToReturn(ConsumerOrders orders, String owner, OrderView order) {
        try {
            orders.requestReturn(owner, order.orderNo(), "尺码不合适 wrong size");
            returning.add(order.orderNo());
            return true;
        } catch (RuleViolation refused) {
            out.printf("return of %s refused: %s%n", order.orderNo(), refused.getMessage());
            return false;
        }
    }

    private void report(Map<String, OrderView> finished, Map<String, Double> days, Map<String, String> marketplaceOf,
                        Map<String, BigDecimal> totals) {
        Map<String, Map<String, Integer>> byModeAndStatus = new TreeMap<>();
        Map<String, List<Double>> daysByMode = new TreeMap<>();
        Map<String, Integer> rejections = new TreeMap<>();
        Map<String, BigDecimal> salesByMarketplace = new TreeMap<>();
        for (OrderView order : finished.values()) {
            byModeAndStatus.computeIfAbsent(order.mode(), m -> new TreeMap<>()).merge(order.status(), 1, Integer::sum);
            if (days.containsKey(order.orderNo())) {
                daysByMode.computeIfAbsent(order.mode(), m -> new ArrayList<>()).add(days.get(order.orderNo()));
            }
            if (order.status().equals("DELIVERED")) {
                salesByMarketplace.merge(marketplaceOf.get(order.orderNo()), totals.get(order.orderNo()), BigDecimal::add);
            } else if (order.cancellationReason() != null) {
                // By reason, not by amount: "剩余额度 123.45" and "剩余额度 67.80" are one reason.
                rejections.merge(order.cancellationReason().replaceAll("\\d[\\d.]*", "#"), 1, Integer::sum);
            }
        }
        out.println("orders by mode and status: " + byModeAndStatus);
        daysByMode.forEach((mode, list) -> {
            List<String> delivered = finished.values().stream()
                    .filter(o -> o.mode().equals(mode) && days.containsKey(o.orderNo())).map(OrderView::orderNo).toList();
            out.printf("%s delivered in %.1f-%.1f simulated days (mean %.1f); promised by day %d-%d after the order; "
                            + "on time %d of %d%n", mode,
                    list.stream().min(Comparator.naturalOrder()).orElse(0.0), list.stream().max(Comparator.naturalOrder()).orElse(0.0),
                    list.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    delivered.stream().mapToLong(promisedDays::get).min().orElse(0),
                    delivered.stream().mapToLong(promisedDays::get).max().orElse(0),
                    delivered.stream().filter(onTime::get).count(), delivered.size());
        });
        long returned = finished.values().stream().filter(o -> returning.contains(o.orderNo()) && o.status().equals("REFUNDED")).count();
        out.printf("returned after delivery: %d of %d asked, refunded (cross-border ones once customs took them back: CEB625/626, allowance restored)%n",
                returned, returning.size());
        out.println("customs rejections and cancellations by reason: " + rejections);
        out.println("cross-border and domestic sales by marketplace (CNY, delivered orders): " + salesByMarketplace);
    }

    /** A valid resident ID number for a generated buyer, the same for the same buyer. */
    static String idNumberOf(String buyer) {
        int seed = Math.abs(buyer.hashCode());
        return ChineseIdNumber.completing("310115" + (1970 + seed % 30) + "0601" + String.format("%03d", seed % 1000)).value();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo interrupted", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
