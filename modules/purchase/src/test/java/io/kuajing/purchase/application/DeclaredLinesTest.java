package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.CountryCode;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.Orders;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What customs declares of each line comes from the product at checkout and is kept with the order: the goods'
 * origin (not the warehouse's country, kept apart as where the parcel ships from), brand and specification. How
 * customs words them (gmodel, net weights) is customs' own: DeclarationDraftingTest.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaredLinesTest implements WithTestDatabase {

    static final AtomicInteger BUYERS = new AtomicInteger(500);

    @Inject
    Checkout checkout;
    @Inject
    Orders orders;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void anOrderLineKeepsTheProductsOriginBrandAndSpecificationApartFromWhereItShipsFrom() {
        String id = ChineseIdNumber.completing("110105" + "1990" + "0101" + String.format("%03d", BUYERS.incrementAndGet())).value();
        OrderView placed = checkout.checkout(new CheckoutCommand("consumer-declared", "k-declared-lines",
                List.of(new CheckoutCommand.Line("US-BLENDER", 1, "FLASH_PURCHASE")),
                new CheckoutCommand.BuyerDetails("张三", id, "13812345678"),
                new CheckoutCommand.ConsigneeDetails("张三", "13812345678", "310115", "上海市浦东新区世纪大道1号")))
                .orders().get(0);
        OrderLine line = stored(placed.orderNo());
        // The shelf's product says it was made in the US; the bonded warehouse it ships from is in China.
        assertEquals(CountryCode.of("US"), line.origin());
        assertEquals(CountryCode.of("CN"), line.shipsFrom());
        assertEquals("Brand", line.brand());
        assertEquals("500克", line.specification());
    }

    OrderLine stored(String orderNo) {
        return tx.executeRead(status -> orders.byNumber(new OrderNumber(orderNo)).orElseThrow().lines().get(0));
    }
}
