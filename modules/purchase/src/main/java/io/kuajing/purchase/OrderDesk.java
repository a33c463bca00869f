package io.kuajing.purchase;

import java.util.List;

/** Orders as operators see them: by status, oldest first, personal data masked. */
public interface OrderDesk {

    /** @param status one of PLACED, PAID, DECLARED, RELEASED, SHIPPED, DELIVERED, CANCELLED, REFUNDED, RETURNED */
    List<OrderView> withStatus(String status, int limit);
}
