package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.ChannelStore;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderMoved;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.ChannelSales;
import io.kuajing.purchase.domain.SalesChannel;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store on a sales channel against MySQL, the real customs module behind checkout and {@link ShelfChannel}:
 * listing at the landed price, paid trades taken once as orders of the listed mode, refused trades leaving nothing.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellingOnChannelsTest implements WithTestDatabase {

    private static final String ID_NUMBER = ChineseIdNumber.completing("11010119900307757").value();

    @Inject
    ChannelStore store;
    @Inject
    ShelfChannel channel;
    @Inject
    ChannelSales sales;
    @Inject
    ConsumerOrders orders;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    ConfirmingChannelShipments confirming;

    private static SalesChannel.Trade trade(String id, String sku, int quantity, String paid, String district) {
        Money amount = Money.cny(paid);
        return new SalesChannel.Trade(id, "WAIT_SELLER_SEND_GOODS",
                List.of(new SalesChannel.Line(sku, quantity, amount)), amount,
                new SalesChannel.Buyer("王小明", ID_NUMBER, "13800138000"),
                new SalesChannel.Delivery("王小明", "13800138000", "浙江省", "杭州市", district, "文三路 90 号 1 幢 501 室"),
                new SalesChannel.Payment("31222699S7", "支付宝（中国）网络技术有限公司", "2026" + id, amount,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    @BeforeEach
    void anEmptyStorefront() {
        channel.trades.clear();
        channel.shipped.clear();
        channel.unreachable = false;
    }

    private ChannelStore.ChannelPull pull() {
        return store.pull(ShelfChannel.ID, Instant.now().minus(1, ChronoUnit.HOURS), null);
    }

    @Test
    void aProductIsListedInChineseAtItsLandedPriceInTheChosenMode() {
        ChannelStore.ChannelListingView listed = store.list(ShelfChannel.ID, "US-BLENDER", "FLASH_PURCHASE", 20, "op");
        assertEquals("FLASH_PURCHASE", listed.mode());
        // Goods 1000.00 + the freight estimate 10.00 + tax (1010.00 x 9.1%) = 1101.91, what the storefront shows.
        assertEquals(0, Money.cny("1101.91").amount().compareTo(listed.price()));
        assertEquals("破壁料理机", channel.listed.get("US-BLENDER").title());
        assertEquals("item-US-BLENDER", listed.externalRef());

        RuleViolation unknown = assertThrows(RuleViolation.class, () -> store.list("no-mall", "US-BLENDER", null, 1, "op"));
        assertEquals(List.of("channel", "sales-channel"), List.of(unknown.field(), unknown.rule()));
        RuleViolation untranslated = assertThrows(RuleViolation.class, () -> store.list(ShelfChannel.ID, "JP-UNREVIEWED", null, 1, "op"));
        assertEquals(List.of("sku", "not-translated"), List.of(untranslated.field(), untranslated.rule()));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> store.list(ShelfChannel.ID, "US-LAPTOP", null, 0, "op"));
        assertEquals(List.of("channel", "channel-refused"), List.of(refused.field(), refused.rule()));
        assertEquals(0, count("SELECT COUNT(*) FROM purchase_channel_listing WHERE sku = 'US-LAPTOP'"), "nothing recorded");
    }

    @Test
    void aPaidTradeIsTakenOnceAsAnOrderOfTheListedModePaidWithTheChannelsPayment() {
        store.list(ShelfChannel.ID, "US-BLENDER", "FLASH_PURCHASE", 10, "op");
        // 1000.00 + 10.00 estimate + customs' tax (1010.00 x 9.1% = 91.91): 1101.91 a unit, as listed.
        channel.trades.add(trade("T-OK-1", "US-BLENDER", 1, "1101.91", "西湖区"));
        ChannelStore.ChannelPull first = pull();
        assertEquals(1, first.taken().size(), first.skipped().toString());
        String orderNo = first.taken().get(0).orderNo();
        OrderView order = orders.ownedBy(ShelfChannel.ID, orderNo).orElseThrow();
        assertEquals("FLASH_PURCHASE", order.mode());
        assertEquals("PAID", order.status());
        assertEquals("330106", order.consignee().divisionCode());
        var sale = tx.executeRead(s -> sales.ofOrder(new OrderNumber(orderNo))).orElseThrow();
        assertEquals("31222699S7", sale.payCompanyCode());
        assertEquals("T-OK-1", sale.channelOrderId());

        ChannelStore.ChannelPull again = pull();
        assertTrue(again.taken().isEmpty());
        assertEquals(List.of(new ChannelStore.Taken("T-OK-1", orderNo)), again.known());
    }

    @Test
    void aTradeThatCannotBeAnOrderIsSkippedWithItsRuleAndLeavesNothing() {
        store.list(ShelfChannel.ID, "US-BLENDER", "FLASH_PURCHASE", 10, "op");
        SalesChannel.Trade ok = trade("T-BAD-0", "US-BLENDER", 1, "1101.91", "西湖区");
        int ordersBefore = count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'shelf-mall'");
        channel.trades.addAll(List.of(
                trade("T-BAD-1", "US-BLENDER", 1, "1000.00", "西湖区"),
                trade("T-BAD-2", "US-MIXER", 1, "139.13", "西湖区"),
                trade("T-BAD-3", "US-BLENDER", 1, "1101.91", "不存在区"),
                new SalesChannel.Trade("T-BAD-4", "WAIT_BUYER_PAY", ok.lines(), ok.total(), ok.buyer(), ok.delivery(), null)));
        ChannelStore.ChannelPull pulled = pull();
        assertTrue(pulled.taken().isEmpty(), pulled.taken().toString());
        assertEquals(List.of("amount-equals-total", "listed-on-channel", "division-known", "paid"),
                pulled.skipped().stream().map(ChannelStore.Skipped::rule).toList());
        assertEquals(List.of("amount", "lines[0].sku", "delivery.district", "payment"),
                pulled.skipped().stream().map(ChannelStore.Skipped::field).toList());
        // The refused amount was checked inside the placing transaction: no order, no sale, no key kept.
        assertTrue(tx.executeRead(s -> sales.ofTrade(ShelfChannel.ID, "T-BAD-1")).isEmpty());
        assertEquals(ordersBefore, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'shelf-mall'"));
        assertEquals(0, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'shelf-mall' AND idempotency_key LIKE 'T-BAD-%'"));
    }

    @Test
    void theShipmentIsConfirmedToTheChannelOnceWhateverTheRedeliveriesAndRetriedWhenItDoesNotAnswer() {
        store.list(ShelfChannel.ID, "US-BLENDER", "FLASH_PURCHASE", 10, "op");
        channel.trades.add(trade("T-SHIP-1", "US-BLENDER", 1, "1101.91", "西湖区"));
        String orderNo = pull().taken().get(0).orderNo();
        RecordingShipments.LEGS.put(orderNo, List.of(new ShipmentView("S-1", orderNo, 1, "LAST_MILE", "fengchi-express",
                "STANDARD", "FC0000000777", ShipmentStatus.IN_TRANSIT, null, List.of())));
        OrderMoved shipped = new OrderMoved(orderNo, "SHIPPED", "FC0000000777", Instant.now());

        // Not yet shipped (released only): nothing to tell the channel.
        confirming.confirm(new OrderMoved(orderNo, "RELEASED", null, Instant.now()));
        assertTrue(channel.shipped.isEmpty());

        channel.unreachable = true;
        assertThrows(PartnerUnavailable.class, () -> confirming.confirm(shipped), "thrown: the outbox delivers it again");
        assertEquals(0, count("SELECT COUNT(*) FROM purchase_channel_order WHERE order_no = '" + orderNo
                + "' AND shipment_confirmed_at IS NOT NULL"), "nothing recorded while the channel is silent");

        channel.unreachable = false;
        confirming.confirm(shipped);
        confirming.confirm(shipped); // redelivered
        confirming.confirm(new OrderMoved(orderNo, "DELIVERED", "FC0000000777", Instant.now()));
        assertEquals(List.of(List.of("T-SHIP-1", "fengchi-express", "FC0000000777")), channel.shipped);
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_channel_order WHERE order_no = '" + orderNo
                + "' AND shipped_carrier = 'fengchi-express' AND shipped_tracking = 'FC0000000777'"
                + " AND shipment_confirmed_at IS NOT NULL"));

        // An order of the shop, not of a channel, tells no channel.
        confirming.confirm(new OrderMoved("KJ20261206000000001", "SHIPPED", "FC0000000778", Instant.now()));
        assertEquals(1, channel.shipped.size());
    }

    private int count(String sql) {
        return tx.executeRead(s -> {
            try (var select = s.getConnection().prepareStatement(sql); var rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
