package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.SqlCount;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.SalesReports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Delivery times against the promised window, on a database of their own: general-trade orders (no customs on the
 * way) paid now by the test clock and delivered by logistics' fact some days later; the test catalogue promises
 * 3 to 8 days after the order day. None of them had a dispatch scan: the delivery alone ships them.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryTimesReportTest implements WithTestDatabase {

    private static final String OWNER = "consumer-delivery";

    @Inject
    Checkout checkout;

    @Inject
    ConsumerOrders orders;

    @Inject
    SalesReports reports;

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    MovableClock clock;

    @Test
    void eachModeShowsTheDaysTakenThePromisedWindowAndTheShareDeliveredWithinIt() {
        deliveredAfter("early", Duration.ofDays(2));
        deliveredAfter("last-day", Duration.ofDays(8));
        deliveredAfter("late", Duration.ofDays(9));
        deliveredAfter("late-too", Duration.ofDays(9));
        paidTea("on-the-way");

        assertEquals(List.of(new SalesReports.DeliveryTimes("DIRECT_PURCHASE", 4, 2, new BigDecimal("50.0"), 3, 8, List.of(
                new SalesReports.DaysTaken(2, 1, 1), new SalesReports.DaysTaken(8, 1, 1),
                new SalesReports.DaysTaken(9, 2, 0)))), reports.deliveryTimes(1));
    }

    @Test
    void aDeliveryWithoutItsDispatchScanStillLetsTheStockGo() {
        String orderNo = deliveredAfter("no-dispatch-scan", Duration.ofDays(-400)); // before any report's window
        assertEquals(1, SqlCount.of(tx, "SELECT COUNT(*) FROM purchase_stock_reservation WHERE order_no = ?"
                + " AND state = 'CONSUMED'", orderNo), "the delivery proves the goods left the warehouse");
    }

    /** Paid now (test clock) and delivered {@code after} later: that many China calendar days after the order day. */
    private String deliveredAfter(String key, Duration after) {
        String orderNo = paidTea(key);
        tx.executeWrite(status -> {
            outbox.publish(new ShipmentDelivered(orderNo, "shp-" + key, "fengchi-express", "FC-" + key,
                    clock.instant().plus(after)));
            return null;
        });
        Eventually.within(Duration.ofSeconds(10), "delivered", () -> "DELIVERED".equals(
                orders.ownedBy(OWNER, orderNo).orElseThrow().status()));
        return orderNo;
    }

    private String paidTea(String key) {
        String orderNo = checkout.checkout(new CheckoutCommand(OWNER, key, List.of(new CheckoutCommand.Line("CN-TEA", 1, null)),
                null, new CheckoutCommand.ConsigneeDetails("王五", "13812345678", "310115", "上海市浦东新区世纪大道100号")))
                .orders().get(0).orderNo();
        return orders.pay(OWNER, orderNo, new ConsumerOrders.PayerDetails("王五", "11010519491231002X")).orderNo();
    }
}
