package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.SalesReports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's reports on a database of their own: orders placed and paid through checkout, then moved back a year
 * (or stripped of their source, as orders placed before it was kept) by SQL, the way history would have left them.
 * Months follow the test clock.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesReportsTest implements WithTestDatabase {

    private static final String OWNER = "consumer-reports";

    @Inject
    Checkout checkout;

    @Inject
    ConsumerOrders orders;

    @Inject
    SalesReports reports;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    MovableClock clock;

    @Test
    void salesBySourceMarketplaceStandBesideTheSameMonthAYearBefore() {
        YearMonth thisMonth = YearMonth.now(clock.withZone(ChinaTime.ZONE));
        paidTea("mkt-now", 2); // 2 × (50.00 goods + 6.50 tax inside the general-trade price) = 113.00
        String lastYear = paidTea("mkt-last-year", 1).orderNo();
        String unknown = paidTea("mkt-unknown", 1).orderNo();
        placedTea("mkt-unpaid", 3);
        sql("UPDATE purchase_order SET paid_at = TIMESTAMPADD(YEAR, -1, paid_at) WHERE order_no = ?", lastYear);
        sql("UPDATE purchase_order_line SET source_marketplace = NULL WHERE order_no = ?", unknown);

        List<SalesReports.MarketplaceSales> report = reports.marketplaceSales(1);

        assertEquals(List.of(
                new SalesReports.MarketplaceSales(thisMonth, null, 1, Money.cny("56.50"), Money.cny("0.00"), null),
                new SalesReports.MarketplaceSales(thisMonth, "test-market", 1, Money.cny("113.00"), Money.cny("56.50"),
                        new BigDecimal("100.0"))), report);
        SalesReports.MarketplaceSales aYearAgo = reports.marketplaceSales(13).get(0);
        assertEquals(thisMonth.minusYears(1), aYearAgo.month());
        assertEquals("test-market", aYearAgo.marketplace());
        assertEquals(1, aYearAgo.orders());
        assertNull(aYearAgo.growthPercent(), "nothing two years ago to grow from");
        assertEquals("months", assertThrows(RuleViolation.class, () -> reports.marketplaceSales(0)).field());
    }

    private OrderView placedTea(String key, int quantity) {
        return checkout.checkout(new CheckoutCommand(OWNER, key, List.of(new CheckoutCommand.Line("CN-TEA", quantity, null)),
                null, new CheckoutCommand.ConsigneeDetails("王五", "13812345678", "310115", "上海市浦东新区世纪大道100号")))
                .orders().get(0);
    }

    private OrderView paidTea(String key, int quantity) {
        return orders.pay(OWNER, placedTea(key, quantity).orderNo(), new ConsumerOrders.PayerDetails("王五", "11010519491231002X"));
    }

    private void sql(String statement, String orderNo) {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(statement)) {
                ps.setString(1, orderNo);
                assertEquals(1, ps.executeUpdate(), statement);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
