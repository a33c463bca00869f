/**
 * The bridge from export's {@code ParcelCarriers} port to the carrier plugins the app loaded
 * ({@code io.kuajing.plugin.CarrierPlugin}): a 9610 parcel becomes a {@code ShipmentRequest} from the export hub to
 * the buyer abroad, the address is checked against the destination's format ({@code AddressBlock}) before anything
 * is booked, and carrier errors become rule violations (refusals) or {@code PartnerUnavailable} (outages).
 */
@SecondaryAdapter
package io.kuajing.export.adapter.carrier;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
