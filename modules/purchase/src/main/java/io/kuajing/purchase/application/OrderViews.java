package io.kuajing.purchase.application;

import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.Order;
import jakarta.inject.Singleton;

/** Orders as shown over the API: amounts as plain CNY decimals, buyer and consignee masked by their toString. */
@Singleton
class OrderViews {

    OrderView of(Order order) {
        return new OrderView(order.number().value(), order.mode().name(), order.warehouse(), order.status().name(),
                order.lines().stream().map(l -> new OrderView.Line(l.sku().value(), l.title(),
                        l.hsCode() == null ? null : l.hsCode().value(), l.quantity(), l.unitPrice().amount(),
                        l.tax().amount())).toList(),
                order.goodsValue().amount(), order.freight().amount(), order.tax().amount(), order.total().amount(),
                order.total().currency().getCurrencyCode(),
                order.buyer() == null ? null : order.buyer().toString(), order.consignee().toString(),
                order.waybillNumber(), order.cancellationReason(), order.placedAt());
    }
}
