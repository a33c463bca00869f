package io.kuajing.export.adapter.carrier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.kuajing.export.domain.ParcelCarriers;
import io.kuajing.export.domain.ShipToAddress;
import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Extensions;
import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.AddressBlock;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Parcel;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.Weight;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ParcelCarriers} over the loaded carrier plugins. A parcel leaves from the export hub (settings
 * {@code kuajing.export.hub.*}) under 9610 ({@code CBEC_DIRECT_MAIL}: the same supervision code out as in), on the
 * carrier's first service whose lane runs from CN to the destination unless one is named. The idempotency key is
 * the order number, so a retried booking returns the first waybill.
 */
@Singleton
class PluginParcelCarriers implements ParcelCarriers {

    private static final Logger LOG = LoggerFactory.getLogger(PluginParcelCarriers.class);
    private static final String ORIGIN = "CN";

    private final Extensions extensions;
    private final Address hub;

    PluginParcelCarriers(Extensions extensions,
                         @Value("${kuajing.export.hub.name:Kuajing export hub}") String name,
                         @Value("${kuajing.export.hub.phone:02150000000}") String phone,
                         @Value("${kuajing.export.hub.division-code:310115}") String divisionCode,
                         @Value("${kuajing.export.hub.city:上海市}") String city,
                         @Value("${kuajing.export.hub.street:浦东新区外高桥保税物流园区 1 号}") String street,
                         @Value("${kuajing.export.hub.postal-code:200131}") String postalCode) {
        this.extensions = extensions;
        this.hub = new Address(name, null, phone, ORIGIN, divisionCode, null, city, null, List.of(street), postalCode);
    }

    @Override
    public Booking book(ParcelRequest request) {
        CarrierPlugin plugin = carrier(request.carrier()).orElseThrow(() -> new RuleViolation("carrier", "carrier-loaded",
                "no carrier " + request.carrier() + " that books parcels is loaded (GET /api/logistics/carriers)"));
        String destination = request.shipTo().country();
        CarrierService service = plugin.services().stream()
                .filter(s -> request.service() == null || s.code().equals(request.service()))
                .filter(s -> s.serves(ORIGIN, destination, CustomsRegime.CBEC_DIRECT_MAIL))
                .findFirst().orElseThrow(() -> new RuleViolation("service", "lane-served", request.carrier()
                        + (request.service() == null ? "" : "'s " + request.service()) + " serves no lane from CN to "
                        + destination + " under 9610"));
        Address shipTo = address(request.shipTo());
        AddressBlock.problem(shipTo).ifPresent(p -> {
            throw new RuleViolation(p.field(), p.rule(), p.text());
        });
        ShipmentRequest shipment = new ShipmentRequest("export:" + request.orderNo(), request.orderNo(), service.code(),
                hub, shipTo, null, List.of(Parcel.of(Weight.kilograms(request.weightKg().toPlainString()))),
                request.goods().stream().map(PluginParcelCarriers::commodity).toList(), CustomsRegime.CBEC_DIRECT_MAIL,
                LabelFormat.PDF);
        ShipmentResult result;
        try {
            result = plugin.createShipment(shipment);
        } catch (CarrierError e) {
            if (e.kind().retryable() || e.kind() == CarrierError.Kind.AUTHENTICATION) {
                LOG.warn("carrier {} did not book export parcel {}", request.carrier(), request.orderNo(), e);
                throw new PartnerUnavailable("carrier", request.carrier() + " did not answer (" + e.kind() + ")");
            }
            // A refusal: the same request would be refused again. The carrier's text may quote the address: left out.
            throw new RuleViolation(e.field() == null ? "carrier" : e.field(), e.kind().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), request.carrier() + " refused the parcel (" + e.kind()
                    + (e.carrierCode() == null ? "" : " " + e.carrierCode()) + ")");
        } catch (RuntimeException e) {
            LOG.warn("carrier {} failed booking export parcel {}", request.carrier(), request.orderNo(), e);
            throw new PartnerUnavailable("carrier", request.carrier() + " did not answer (" + e.getClass().getSimpleName() + ")");
        }
        return new Booking(result.serviceCode(), result.waybillNumber(), result.label().format().name(),
                result.label().content());
    }

    private Optional<CarrierPlugin> carrier(String id) {
        return extensions.all(CarrierPlugin.class).stream()
                .filter(p -> p.descriptor().id().equals(id) && p.descriptor().capabilities().contains(Capability.SHIP))
                .findFirst();
    }

    /** The buyer's address as the SPI holds it: the region is the state or prefecture, a missing phone is empty. */
    private static Address address(ShipToAddress a) {
        return new Address(a.name(), null, a.phone() == null ? "" : a.phone(), a.country(), null, a.region(), a.city(),
                null, List.of(a.street()), a.postalCode());
    }

    private static Commodity commodity(Goods g) {
        return new Commodity(g.sku(), g.description(), g.hsCode(), ORIGIN, g.quantity(),
                new Amount(g.unitValueCny().amount(), g.unitValueCny().currency().getCurrencyCode()),
                Weight.kilograms(g.unitWeightKg().max(new BigDecimal("0.001")).toPlainString()));
    }
}
