package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An order to carry parcels and issue a waybill. {@code idempotencyKey} makes it safe to send again after a
 * timeout: the carrier returns the same waybill for the same key instead of booking twice. {@code reference} is
 * the order number the waybill is declared against (CEB511 orderNo). A parcel leaving China (origin CN, destination
 * abroad, regime 9610) is an export: its {@code consigneeId} may be null, and its label prints the
 * destination's address format ({@link AddressBlock}).
 *
 * <p>{@code collectOnRequest}: issue the waybill now but send no courier until {@link
 * io.kuajing.plugin.CarrierPlugin#schedulePickup} names it — a bonded parcel (1210) needs its waybill for the
 * customs declaration and may not leave the bonded warehouse before customs releases it. Only asked of carriers
 * with {@link io.kuajing.plugin.Capability#PICKUP}; others collect as usual.
 */
public record ShipmentRequest(String idempotencyKey, String reference, String serviceCode, Address shipFrom,
                              Address shipTo, ConsigneeId consigneeId, List<Parcel> parcels,
                              List<Commodity> commodities, CustomsRegime regime, LabelFormat labelFormat,
                              boolean collectOnRequest) {

    /** A shipment collected as the carrier usually does (SPI 1.0 plugins and hosts built that way still compile). */
    public ShipmentRequest(String idempotencyKey, String reference, String serviceCode, Address shipFrom,
                           Address shipTo, ConsigneeId consigneeId, List<Parcel> parcels,
                           List<Commodity> commodities, CustomsRegime regime, LabelFormat labelFormat) {
        this(idempotencyKey, reference, serviceCode, shipFrom, shipTo, consigneeId, parcels, commodities, regime,
                labelFormat, false);
    }

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    public ShipmentRequest {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("idempotency key must be 8-64 of [A-Za-z0-9._:-]");
        }
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(shipFrom, "shipFrom");
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(regime, "regime");
        parcels = List.copyOf(parcels);
        commodities = List.copyOf(commodities == null ? List.of() : commodities);
        labelFormat = labelFormat == null ? LabelFormat.PDF : labelFormat;
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("at least one parcel");
        }
        if (regime != CustomsRegime.GENERAL_TRADE && shipTo.isInChina() && consigneeId == null) {
            // Chinese customs clears a CBEC import against the buyer's ID; a parcel exported under 9610 goes to a
            // buyer abroad, whose post asks for no Chinese ID document.
            throw new IllegalArgumentException("a CBEC parcel into China needs the consignee's ID document");
        }
    }

    public Weight totalWeight() {
        return parcels.stream().map(Parcel::weight).reduce(Weight::plus).orElseThrow();
    }
}
