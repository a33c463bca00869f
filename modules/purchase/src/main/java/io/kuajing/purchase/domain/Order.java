package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.OrderCancelled;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderReturned;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One order: the lines of a basket that travel together — one fulfilment mode, one ship-from warehouse — with
 * the buyer and consignee, the freight and tax quoted at checkout, and where it is in its trip. Its status moves
 * only through the commands below, each of which checks the move is allowed ({@link OrderStatus}).
 */
@AggregateRoot
public final class Order {

    @Identity
    private final OrderNumber number;
    private final String owner;
    private final FulfilmentMode mode;
    private final String warehouse;
    private final Buyer buyer;
    private final Consignee consignee;
    private final List<OrderLine> lines;
    private final Money freight;
    private final Instant placedAt;
    private final DeliveryWindow promised;
    private OrderStatus status;
    private Payment payment;
    private String waybillNumber;
    private String cancellationReason;
    private CustomsNote customsNote;
    private Instant deliveredAt;
    /** The stored version this copy was read at; a repository refuses to store over a newer one. */
    private int version;

    private Order(OrderNumber number, String owner, FulfilmentMode mode, String warehouse, Buyer buyer,
                  Consignee consignee, List<OrderLine> lines, Money freight, Instant placedAt, DeliveryWindow promised,
                  OrderStatus status) {
        this.number = Objects.requireNonNull(number, "number");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.buyer = buyer;
        this.consignee = Objects.requireNonNull(consignee, "consignee");
        this.lines = List.copyOf(lines);
        this.freight = Objects.requireNonNull(freight, "freight");
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.promised = promised;
        this.status = status;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        if (isCrossBorder() && buyer == null) {
            throw new RuleViolation("buyer", "required", "a cross-border order needs the buyer's real name and ID number");
        }
    }

    /** A new order, as checkout places it, with the delivery window the consumer was promised. */
    public static Order place(OrderNumber number, String owner, FulfilmentMode mode, String warehouse, Buyer buyer,
                              Consignee consignee, List<OrderLine> lines, Money freight, Instant now,
                              DeliveryWindow promised) {
        return new Order(number, owner, mode, warehouse, buyer, consignee, lines, freight, now,
                Objects.requireNonNull(promised, "promised"), OrderStatus.PLACED);
    }

    /** An order as stored, for the repository only. */
    public static Order restore(OrderNumber number, String owner, FulfilmentMode mode, String warehouse, Buyer buyer,
                                Consignee consignee, List<OrderLine> lines, Money freight, Instant placedAt,
                                DeliveryWindow promised, OrderStatus status, Payment payment, String waybillNumber,
                                String cancellationReason, CustomsNote customsNote, Instant deliveredAt, int version) {
        Order order = new Order(number, owner, mode, warehouse, buyer, consignee, lines, freight, placedAt, promised, status);
        order.payment = payment;
        order.waybillNumber = waybillNumber;
        order.cancellationReason = cancellationReason;
        order.customsNote = customsNote;
        order.deliveredAt = deliveredAt;
        order.version = version;
        return order;
    }

    /**
     * Checks, before any money moves, that this payer may pay this order now: the order awaits payment, the amount
     * the consumer confirms (when given) is the order's total, and for a CBEC order the payer is the buyer (same
     * real name and ID number), or customs' three-document check would reject it.
     */
    public void checkPayable(String payerName, ChineseIdNumber payerId, Money confirmedAmount) {
        if (status != OrderStatus.PLACED) {
            throw new RuleViolation("orderNo", "payable", "order " + number + " is " + status + ", not awaiting payment");
        }
        if (confirmedAmount != null && (!confirmedAmount.currency().equals(total().currency())
                || confirmedAmount.compareTo(total()) != 0)) {
            throw new RuleViolation("amount", "amount-equals-total",
                    "the amount " + confirmedAmount + " does not match the order total " + total());
        }
        if (isCrossBorder() && !(buyer.realName().equals(payerName) && buyer.idNumber().equals(payerId))) {
            throw new RuleViolation("payerName", "payer-is-buyer",
                    "for a cross-border order the payer must be the buyer (name and ID number)");
        }
    }

    /** Records the payment the provider reported; it must be of this order's total by its payer (checked before). */
    public void pay(Payment received) {
        checkPayable(received.payerName(), received.payerId(), received.amount());
        moveTo(OrderStatus.PAID);
        this.payment = received;
    }

    /** The payment provider's idempotency key for charging this order: one charge per order, whoever retries. */
    public String paymentKey() {
        return "pay-" + number.value();
    }

    /** The provider's idempotency key for refunding this order: one refund per order (cancellation or return). */
    public String refundKey() {
        return "refund-" + number.value();
    }

    public void declared() {
        requireCbec();
        moveTo(OrderStatus.DECLARED);
    }

    public void released() {
        requireCbec();
        moveTo(OrderStatus.RELEASED);
    }

    public void shipped(String waybill) {
        if (isCrossBorder() && status != OrderStatus.RELEASED) {
            throw new IllegalStateException("order " + number + ": cross-border goods ship only after customs release");
        }
        moveTo(OrderStatus.SHIPPED);
        this.waybillNumber = Objects.requireNonNull(waybill, "waybill");
    }

    /** The consumer received the parcel {@code at} (the carrier's scan), which the delivery-time report measures. */
    public void delivered(Instant at) {
        moveTo(OrderStatus.DELIVERED);
        this.deliveredAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Cancels before release: by the consumer, left unpaid, or because customs refused the declaration (with its
     * reason). The fact says whether money goes back: a paid order is refunded by whoever cancels it, in the same
     * transaction, before the fact is published.
     */
    public OrderCancelled cancel(String reason) {
        if (!status.isCancellable()) {
            throw new RuleViolation("status", "cancellable", "order " + number + " is " + status
                    + " and can no longer be cancelled; ask for a return after delivery");
        }
        moveTo(OrderStatus.CANCELLED);
        this.cancellationReason = reason;
        return new OrderCancelled(number.value(), reason, payment != null);
    }

    /**
     * The consumer asks to cancel an order customs has been declared (CEB623 goes with this): the order stays
     * DECLARED until customs answers, and says so. Asking twice is refused: customs has one request to answer.
     */
    public void askedCustomsToCancel(String reason, Instant at) {
        if (status != OrderStatus.DECLARED) {
            throw new RuleViolation("status", "cancellable", "order " + number + " is " + status
                    + "; customs is asked to cancel a declared order only");
        }
        if (customsNote != null && customsNote.kind() == CustomsNote.Kind.CANCELLATION_ASKED) {
            throw new RuleViolation("orderNo", "cancel-once", "order " + number + ": customs was asked to cancel it at "
                    + customsNote.at() + " and has not answered yet");
        }
        noteFromCustoms(CustomsNote.cancellationAsked(reason, at));
    }

    /**
     * Customs cancelled the order's inventory list (CEB624 approved), whether the consumer asked or an operator did
     * at customs: declared or released by then (the release can cross the request), the order is cancelled with the
     * consumer's reason if there was one.
     */
    public OrderCancelled cancelledByCustoms(Instant at) {
        if (status != OrderStatus.DECLARED && status != OrderStatus.RELEASED) {
            throw new IllegalStateException("order " + number + " is " + status + ": customs cancelled nothing here");
        }
        String reason = customsNote != null && customsNote.kind() == CustomsNote.Kind.CANCELLATION_ASKED
                ? customsNote.reason() : "customs cancelled the inventory list";
        moveTo(OrderStatus.CANCELLED);
        this.cancellationReason = reason;
        noteFromCustoms(CustomsNote.cancellationApproved(reason, at));
        return new OrderCancelled(number.value(), reason, payment != null);
    }

    public void refunded() {
        if (payment == null) {
            throw new IllegalStateException("order " + number + " was never paid");
        }
        moveTo(OrderStatus.REFUNDED);
    }

    /** The goods came back (customs accepted the return, or the shop did); as with a cancellation, paid means refunded. */
    public OrderReturned returned() {
        moveTo(OrderStatus.RETURNED);
        return new OrderReturned(number.value(), payment != null);
    }

    /** Customs refused the return: the goods stay with the consumer, the note says why and what next. */
    public void returnRefused(CustomsNote note) {
        moveTo(OrderStatus.RETURN_REFUSED);
        noteFromCustoms(note);
    }

    /** Keeps what customs said against the order (the latest word wins: it is what the consumer must act on). */
    public void noteFromCustoms(CustomsNote note) {
        this.customsNote = Objects.requireNonNull(note, "note");
    }

    public CustomsNote customsNote() {
        return customsNote;
    }

    public Money goodsValue() {
        return lines.stream().map(OrderLine::goodsValue).reduce(Money.zero(Money.CNY), Money::plus);
    }

    public Money tax() {
        return lines.stream().map(OrderLine::tax).reduce(Money.zero(Money.CNY), Money::plus);
    }

    /** What the consumer pays: goods + freight + tax (acturalPaid on CEB311, no discount yet). */
    public Money total() {
        return goodsValue().plus(freight).plus(tax());
    }

    /** Cross-border (9610 / 1210): declared to customs, counted on the buyer's quota. */
    public boolean isCrossBorder() {
        return mode.isCrossBorder();
    }

    private void requireCbec() {
        if (!isCrossBorder()) {
            throw new IllegalStateException("order " + number + " is general trade: no CBEC declaration");
        }
    }

    private void moveTo(OrderStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("order " + number + " cannot go from " + status + " to " + target);
        }
        status = target;
    }

    public OrderNumber number() {
        return number;
    }

    public String owner() {
        return owner;
    }

    public FulfilmentMode mode() {
        return mode;
    }

    public String warehouse() {
        return warehouse;
    }

    public Buyer buyer() {
        return buyer;
    }

    public Consignee consignee() {
        return consignee;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money freight() {
        return freight;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** The window promised at checkout; null for orders placed before it was kept. */
    public DeliveryWindow promised() {
        return promised;
    }

    public OrderStatus status() {
        return status;
    }

    public Payment payment() {
        return payment;
    }

    public String waybillNumber() {
        return waybillNumber;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    /** When the consumer received it; null before, and for orders delivered before it was kept. */
    public Instant deliveredAt() {
        return deliveredAt;
    }

    public int version() {
        return version;
    }

}
