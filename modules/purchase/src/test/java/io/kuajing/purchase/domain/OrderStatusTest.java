package io.kuajing.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void aCbecOrderTravelsPaidDeclaredReleasedShippedDelivered() {
        assertTrue(OrderStatus.PLACED.canMoveTo(OrderStatus.PAID));
        assertTrue(OrderStatus.PAID.canMoveTo(OrderStatus.DECLARED));
        assertTrue(OrderStatus.DECLARED.canMoveTo(OrderStatus.RELEASED));
        assertTrue(OrderStatus.RELEASED.canMoveTo(OrderStatus.SHIPPED));
        assertTrue(OrderStatus.SHIPPED.canMoveTo(OrderStatus.DELIVERED));
    }

    @Test
    void releasedGoodsCanNoLongerBeCancelledOnlyReturnedAfterDelivery() {
        assertFalse(OrderStatus.RELEASED.isCancellable());
        assertFalse(OrderStatus.SHIPPED.isCancellable());
        assertTrue(OrderStatus.DECLARED.isCancellable());
        assertTrue(OrderStatus.DELIVERED.canMoveTo(OrderStatus.RETURNED));
    }

    @Test
    void nothingLeavesRefunded() {
        for (OrderStatus target : OrderStatus.values()) {
            assertFalse(OrderStatus.REFUNDED.canMoveTo(target), "REFUNDED -> " + target);
        }
    }
}
