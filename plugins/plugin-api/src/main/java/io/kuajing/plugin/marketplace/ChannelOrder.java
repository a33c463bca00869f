package io.kuajing.plugin.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.kuajing.plugin.carrier.Masking;

/**
 * An order a consumer placed on a sales channel. The external id is the channel's order number; the host
 * de-duplicates on it, because successive pulls overlap on purpose.
 *
 * @param updatedAt the channel's last change of the order; a newer one replaces what the host knew
 * @param status    the channel's own status word, kept for operators
 * @param shipTo    ISO 3166 alpha-2 country the buyer's parcel goes to; null when the channel does not say
 * @param fulfilment who ships the order: the seller, or the channel from its own warehouse; null when unknown
 * @param buyer      who bought, as a Chinese channel verifies its cross-border buyers (real name, ID number, mobile);
 *                   null when the channel does not say (overseas marketplaces)
 * @param delivery   where the parcel goes, as a Chinese channel names it (province, city, district); null when the
 *                   channel does not say
 * @param payment    the payment the channel took and its payment company, which customs matches with the order;
 *                   null when the channel does not say
 */
public record ChannelOrder(String externalId, Instant placedAt, Instant updatedAt, String status,
                           List<Line> lines, Price total, String shipTo, Fulfilment fulfilment, Buyer buyer,
                           Delivery delivery, Payment payment) {

    public ChannelOrder {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }

    /** An order as SPI version 1 first had it, without country and fulfilment: plugins built then still link. */
    public ChannelOrder(String externalId, Instant placedAt, Instant updatedAt, String status, List<Line> lines,
                        Price total) {
        this(externalId, placedAt, updatedAt, status, lines, total, null, null);
    }

    /** An order with country and fulfilment, as SPI version 1 had it before buyer, delivery and payment. */
    public ChannelOrder(String externalId, Instant placedAt, Instant updatedAt, String status, List<Line> lines,
                        Price total, String shipTo, Fulfilment fulfilment) {
        this(externalId, placedAt, updatedAt, status, lines, total, shipTo, fulfilment, null, null, null);
    }

    @Override
    public String toString() {
        // Buyer and delivery are personal data: a logged order shows them masked.
        return "ChannelOrder[" + externalId + ", " + status + ", " + lines + ", " + total + ", " + shipTo + ", "
                + fulfilment + ", " + buyer + ", " + delivery + ", " + payment + "]";
    }

    /** The buyer as the channel verified them: real name and resident ID number (as on the ID card), mobile. */
    public record Buyer(String realName, String idNumber, String phone) {

        @Override
        public String toString() {
            return "Buyer[" + Masking.name(realName) + ", " + Masking.idNumber(idNumber) + ", " + Masking.phone(phone) + "]";
        }
    }

    /**
     * The receiver and the address as the channel's buyer typed them: the province, city and district by name (as
     * Chinese storefronts have the buyer pick them), the rest of the address as one line, and the postal code. Abroad
     * the province is the state, prefecture or region (amazon.com: {@code WA}; amazon.co.jp: {@code 東京都}), the
     * district null, and the postal code is what the destination post sorts on (a ZIP Code, a 〒 number).
     */
    public record Delivery(String name, String phone, String province, String city, String district, String address,
                           String postalCode) {

        /** A delivery as SPI version 1 first had it, without a postal code (Chinese channels route on the division). */
        public Delivery(String name, String phone, String province, String city, String district, String address) {
            this(name, phone, province, city, district, address, null);
        }

        @Override
        public String toString() {
            return "Delivery[" + Masking.name(name) + ", " + Masking.phone(phone) + ", " + province + city + district
                    + ", " + Masking.street(address) + "]";
        }
    }

    /**
     * The payment the channel took: the payment company by its customs registration code (and name), its transaction
     * number, what the buyer paid and when.
     */
    public record Payment(String companyCode, String companyName, String transactionId, Price paid, Instant paidAt) {

        public Payment {
            Objects.requireNonNull(paid, "paid");
        }
    }

    /** Who ships a channel order. */
    public enum Fulfilment {
        /** The seller ships it (Amazon: MFN, merchant fulfilled network). */
        SELLER,
        /** The channel ships it from its warehouse, where the seller's stock was sent before (Amazon: AFN, FBA). */
        CHANNEL
    }

    /** One line: a Kuajing SKU, a quantity and the unit price the consumer paid. */
    public record Line(String sku, int quantity, Price unitPrice) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive: " + quantity);
            }
        }
    }
}
