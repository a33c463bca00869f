package io.kuajing.export;

import java.time.Instant;
import java.util.Optional;

/**
 * Shipping a RECEIVED 9610 order's parcel with a carrier: the carrier books it from the export hub to the buyer's
 * address the marketplace gave, and answers its waybill number and label. The order is then declared to customs
 * under that waybill number (as {@link ExportClearance#declare} does), and the shipment confirmation to the
 * marketplace carries the carrier and the number (tracking back to the marketplace). One parcel per order.
 */
public interface ParcelShipping {

    /**
     * Books the order's parcel and declares the order under its waybill. The same carrier again returns the parcel
     * booked first ({@code created} false) and declares it if that had failed; another carrier is a conflict.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-order}, {@code declared-9610-only},
     *                                         {@code received-only}; {@code shipTo} / {@code required} (no address
     *                                         from the marketplace); {@code carrier} / {@code carrier-id},
     *                                         {@code carrier-loaded}; {@code service} / {@code lane-served}; a
     *                                         {@code shipTo.*} field with the destination format's rule; the
     *                                         carrier's refusal; customs' field rule (the parcel stays booked)
     * @throws io.kuajing.kernel.ConflictWithRecord the order's parcel was booked with another carrier
     * @throws io.kuajing.kernel.PartnerUnavailable the carrier did not answer; nothing booked
     */
    BookedParcel book(String orderNo, BookParcel request, String operator);

    /** The parcel booked for the order, if one was. */
    Optional<BookedParcel> parcel(String orderNo);

    /** The label the carrier issued for the order's parcel, if one was booked. */
    Optional<Label> label(String orderNo);

    /** The carrier by its plugin id (e.g. {@code postal-ems}) and, optionally, its service (null: the first on the lane). */
    record BookParcel(String carrier, String service) {
    }

    /** A booked parcel: its carrier and service, the waybill (tracking) number, the label's format, the order after. */
    record BookedParcel(String orderNo, String carrier, String service, String waybillNo, String labelFormat,
                        Instant bookedAt, String bookedBy, ExportOrderView order, boolean created) {
    }

    /** A label in the carrier's format (PDF, PNG or ZPL) with its media type. */
    record Label(String format, String mediaType, byte[] content) {

        public Label {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
