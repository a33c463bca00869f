package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What customs said against the order, kept on it for the consumer and operators: which request was refused (or
 * kept back unsent), customs' reason as its receipt gave it, a message the consumer reads (zh-CN) and the next step.
 */
@ValueObject
public record CustomsNote(Kind kind, String reason, String message, NextStep nextStep, Instant at) {

    /** The longest reason kept (the declaration's own reason column is as long). */
    public static final int MAX_REASON = 1000;

    public enum Kind {
        /** Customs refused the declaration (order, payment, waybill or inventory list receipt). */
        ORDER_REFUSED,
        /** The consumer asked to cancel a declared order; customs has the request (CEB623), the reason is the consumer's. */
        CANCELLATION_ASKED,
        /** Customs cancelled the inventory list (CEB624 approved): the order is cancelled and refunded. */
        CANCELLATION_APPROVED,
        /** Customs refused to cancel the inventory list (CEB624): the goods go on. */
        CANCELLATION_REFUSED,
        /** Customs refused the return (CEB626): the goods stay with the consumer. */
        RETURN_REFUSED,
        /** A message of the order was kept back unsent: it does not conform to customs' schema. */
        PARKED
    }

    /** What happens next: the money goes back, the consumer may try again, or a person must look at it. */
    public enum NextStep { REFUND, RETRY, CONTACT }

    public CustomsNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    /** The declaration was refused: the order is cancelled and the money refunded. */
    public static CustomsNote orderRefused(String reason, Instant at) {
        return new CustomsNote(Kind.ORDER_REFUSED, reason, "海关未通过本订单的申报，订单已取消，货款将原路退回。", NextStep.REFUND, at);
    }

    /**
     * The consumer asked to cancel an order customs already has: customs decides (CEB623), the order waits. The
     * reason kept is the consumer's, so the cancellation customs approves carries it.
     */
    public static CustomsNote cancellationAsked(String reason, Instant at) {
        return new CustomsNote(Kind.CANCELLATION_ASKED, reason,
                "撤单申请已提交海关：海关同意后订单取消，货款原路退回；若海关已放行，商品将继续配送。", NextStep.REFUND, at);
    }

    /** Customs cancelled the inventory list: the order is cancelled and the money refunded. */
    public static CustomsNote cancellationApproved(String reason, Instant at) {
        return new CustomsNote(Kind.CANCELLATION_APPROVED, reason, "海关已同意撤销本订单的清单，订单已取消，货款将原路退回。",
                NextStep.REFUND, at);
    }

    /** The cancellation was refused: the goods are cleared and sent; a return may be asked once delivered. */
    public static CustomsNote cancellationRefused(String reason, Instant at) {
        return new CustomsNote(Kind.CANCELLATION_REFUSED, reason,
                "海关未同意撤销本订单的清单，商品将继续配送；收货后可申请退货。", NextStep.RETRY, at);
    }

    /** The return was refused: no refund; customer service decides what can be done. */
    public static CustomsNote returnRefused(String reason, Instant at) {
        return new CustomsNote(Kind.RETURN_REFUSED, reason, "海关未同意本订单的退货申请，暂不能退款，请联系客服处理。",
                NextStep.CONTACT, at);
    }

    /** The declaration never left: the order is cancelled and the money refunded. */
    public static CustomsNote declarationParked(String reason, Instant at) {
        return new CustomsNote(Kind.PARKED, reason, "本订单的海关申报资料未能通过校验，订单已取消，货款将原路退回。",
                NextStep.REFUND, at);
    }

    /** A cancellation or return was kept back unsent: it waits for an operator. */
    public static CustomsNote requestParked(String reason, Instant at) {
        return new CustomsNote(Kind.PARKED, reason, "您的申请暂未能提交海关，客服将尽快处理，请联系客服了解进度。",
                NextStep.CONTACT, at);
    }
}
