package io.kuajing.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.platform.MoneyJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An order as its owner and operators see it: amounts as money objects (ADR 0024), status, and the people on it as
 * structured objects whose personal data is masked (the full buyer identity goes only to customs). {@code deliveryEarliest..deliveryLatest} is the window promised at checkout. {@code trip} is the parcel's way leg by leg with the carriers' scans; it is given
 * on the one-order view and left out (null) of listings, which would otherwise ask logistics once per order.
 * {@code customs} is what customs said against the order (null when nothing): shown to the consumer and operators.
 */
@Serdeable
public record OrderView(String orderNo, String mode, String warehouse, String status, List<Line> lines,
                        MoneyJson goodsValue, MoneyJson freight, MoneyJson tax, MoneyJson total,
                        @Nullable Buyer buyer, Consignee consignee, @Nullable String waybillNumber,
                        @Nullable String cancellationReason, Instant placedAt, @Nullable LocalDate deliveryEarliest,
                        @Nullable LocalDate deliveryLatest, @Nullable List<TripLeg> trip, @Nullable Customs customs) {

    /**
     * Customs' refusal (kind ORDER_REFUSED, CANCELLATION_REFUSED, RETURN_REFUSED) or a message kept back unsent
     * (PARKED): customs' reason as its receipt gave it, the consumer's message in Chinese, and the next step —
     * REFUND (the money goes back), RETRY (the consumer may try again, e.g. a return once delivered) or CONTACT
     * (customer service must look at it).
     */
    @Serdeable
    public record Customs(String kind, String reason, String message, String nextStep, Instant at) {
    }

    /**
     * One leg of the parcel's way: line haul to the port, or last mile to the consignee; {@code waitingFor} says what
     * holds it (HAND_OVER from the leg before, CUSTOMS_RELEASE of bonded goods), null when nothing does.
     */
    @Serdeable
    public record TripLeg(String leg, String carrier, String waybillNumber, String status, String waitingFor, List<Scan> scans) {
    }

    /** A carrier's scan in canonical words, oldest first. */
    @Serdeable
    public record Scan(Instant at, String status, String location, String description) {
    }

    @Serdeable
    public record Line(String sku, String title, String hsCode, int quantity, MoneyJson unitPrice, MoneyJson tax) {
    }

    /** The buyer as customs knows them, masked: {@code {"name":"张*","idNumber":"110***********02X","phone":"138****5678"}}. */
    @Serdeable
    public record Buyer(String name, String idNumber, String phone) {
    }

    /** Who receives the parcel, masked: the division code stays whole (it names a county, not a person). */
    @Serdeable
    public record Consignee(String name, String phone, String divisionCode, String address) {
    }
}
