package io.kuajing.export.domain;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.kernel.Money;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The carriers that take a 9610 parcel from the export hub in China to the buyer abroad, each known by its plugin id
 * (e.g. {@code postal-ems}). A booking is idempotent by the order: asking again for the same order returns the same
 * waybill, never a second parcel.
 */
@SecondaryPort
public interface ParcelCarriers {

    /**
     * Books the parcel and answers the carrier's waybill number and label.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code carrier} / {@code carrier-loaded} (no such carrier, or it does not
     *                                         book), {@code service} / {@code lane-served} (nothing from CN to the
     *                                         destination under 9610), a {@code shipTo.*} field with the destination
     *                                         format's rule (the address cannot be printed so), or the carrier's
     *                                         refusal; nothing is booked then
     * @throws io.kuajing.kernel.PartnerUnavailable the carrier did not answer
     */
    Booking book(ParcelRequest request);

    /** What the carrier is asked to carry: the order, the carrier and service (null: the first serving the lane). */
    record ParcelRequest(String orderNo, String carrier, String service, ShipToAddress shipTo, BigDecimal weightKg,
                         List<Goods> goods) {

        public ParcelRequest {
            goods = List.copyOf(goods);
        }
    }

    /** A line of goods as the carrier's customs data needs it: declared value per unit in CNY, weight per unit. */
    record Goods(String sku, String description, String hsCode, int quantity, Money unitValueCny, BigDecimal unitWeightKg) {
    }

    /** The booked parcel: the service used, the waybill (tracking) number, the label in the carrier's format. */
    record Booking(String service, String waybillNo, String labelFormat, byte[] label) {

        public Booking {
            label = label.clone();
        }

        @Override
        public byte[] label() {
            return label.clone();
        }
    }
}
