package io.kuajing.export.adapter.persistence;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.OverseasStock;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.YearlySales;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.UtcTime;
import jakarta.inject.Singleton;

/** Export orders in export_order and export_order_line; the (marketplace, marketplace order id) key keeps one of each. */
@Singleton
class JdbcExportOrders implements ExportOrders {

    private final OrderRows orders;
    private final OrderLineRows lines;

    JdbcExportOrders(OrderRows orders, OrderLineRows lines) {
        this.orders = orders;
        this.lines = lines;
    }

    @Override
    public Optional<ExportOrder> addUnlessKnown(ExportOrder o) {
        Optional<OrderRow> known = orders.lockedByMarketplaceOrder(o.marketplace(), o.marketplaceOrderId());
        if (known.isPresent()) {
            return withLines(List.of(known.get()), true).stream().findFirst();
        }
        orders.save(OrderRow.of(o));
        lines.insert(o.lines().stream().map(l -> OrderLineRow.of(o.orderNo(), l)).toList());
        return Optional.empty();
    }

    @Override
    public Optional<ExportOrder> byNumber(String orderNo) {
        return orders.findById(orderNo).flatMap(row -> withLines(List.of(row), false).stream().findFirst());
    }

    @Override
    public Optional<ExportOrder> byNumberForUpdate(String orderNo) {
        return orders.lockedById(orderNo).flatMap(row -> withLines(List.of(row), true).stream().findFirst());
    }

    @Override
    public void shipped(String orderNo) {
        orders.update(orderNo, ExportOrderStatus.SHIPPED);
    }

    @Override
    public void declared(String orderNo) {
        // Conditional: customs' acceptance may arrive after the shipment was confirmed, or twice (the outbox).
        orders.move(orderNo, ExportOrderStatus.RECEIVED, ExportOrderStatus.DECLARED);
    }

    @Override
    public void declaredUnder(String orderNo, String waybillNo) {
        // Only the first number sticks: declaring again asks customs nothing more (its key is the order number).
        orders.declareUnder(orderNo, waybillNo);
    }

    @Override
    public Optional<ExportOrder> byWaybill(String waybillNo) {
        return orders.findByWaybillNo(waybillNo).flatMap(row -> withLines(List.of(row), false).stream().findFirst());
    }

    @Override
    public boolean reported(String orderNo, ExportOrderStatus status, String reportNo) {
        return orders.report(orderNo, status, reportNo) == 1;
    }

    @Override
    public Optional<String> pendingReport(String orderNo) {
        return orders.reportOf(orderNo).stream().findFirst();
    }

    @Override
    public void reportAccepted(String reportNo) {
        orders.reportAccepted(reportNo);
    }

    @Override
    public void reportRefused(String reportNo, String customsNote) {
        orders.reportRefused(reportNo, note(customsNote));
    }

    @Override
    public void withdrawn(String orderNo) {
        orders.move(orderNo, ExportOrderStatus.DECLARED, ExportOrderStatus.WITHDRAWN);
    }

    @Override
    public void paymentReceiptSent(String orderNo) {
        orders.paymentReceiptSent(orderNo);
    }

    @Override
    public void paymentReceiptAnswered(String orderNo, boolean accepted, String customsNote) {
        orders.paymentReceiptAnswered(orderNo, accepted ? "ACCEPTED" : "REFUSED", customsNote == null ? null
                : note(customsNote));
    }

    @Override
    public void noted(String orderNo, String customsNote) {
        orders.note(orderNo, note(customsNote));
    }

    @Override
    public void refused(String orderNo, String customsNote) {
        orders.move(orderNo, ExportOrderStatus.RECEIVED, ExportOrderStatus.REFUSED, note(customsNote));
    }

    /** customs_note holds 1000 characters; customs' reasons are cut there. */
    private static String note(String customsNote) {
        return customsNote == null || customsNote.length() <= 1000 ? customsNote : customsNote.substring(0, 1000);
    }

    @Override
    public List<ExportOrder> ofVendorSoldBetween(VendorId vendor, Instant from, Instant to) {
        return withLines(orders.soldBetween(vendor.value(), UtcTime.of(from), UtcTime.of(to)), false);
    }

    @Override
    public List<ExportOrder> ofVendor(VendorId vendor, int limit) {
        return withLines(orders.latestOfVendor(vendor.value(), limit), false);
    }

    @Override
    public List<YearlySales> salesByMarketplaceAndYear() {
        return orders.salesByMarketplaceAndYear().stream().map(s -> new YearlySales(s.marketplace(), s.soldYear(),
                new Money(s.sales(), Currency.getInstance(s.currency())), s.orders())).toList();
    }

    @Override
    public List<OverseasStock.Sold> soldFromOverseasWarehouses(VendorId vendor) {
        return orders.soldOfMode(vendor.value(), ExportMode.WAREHOUSE_9810.code()).stream()
                .map(s -> new OverseasStock.Sold(new Sku(s.sku()), CountryCode.of(s.destination()), s.quantity()))
                .toList();
    }

    /** The orders with their lines, read in one statement, locking when the orders were read locking. */
    private List<ExportOrder> withLines(List<OrderRow> heads, boolean locking) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> numbers = heads.stream().map(OrderRow::orderNo).toList();
        Map<String, List<OrderLineRow>> byOrder = (locking ? lines.lockedOfOrders(numbers) : lines.ofOrders(numbers))
                .stream().collect(Collectors.groupingBy(OrderLineRow::orderNo));
        return heads.stream().map(h -> {
            Currency currency = Currency.getInstance(h.currency());
            List<ExportOrderLine> orderLines = byOrder.get(h.orderNo()).stream().map(l -> l.line(currency)).toList();
            return h.order(orderLines);
        }).toList();
    }
}
