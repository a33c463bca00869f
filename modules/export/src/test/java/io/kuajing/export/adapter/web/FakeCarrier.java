package io.kuajing.export.adapter.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Lane;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.ShippingDocument;

/**
 * An outbound carrier in memory: one service from CN to the US under 9610, bookings kept, the waybill numbered in
 * turn, the label a PDF carrying the address lines. {@link #failNext} makes the next booking fail as a carrier does.
 */
final class FakeCarrier implements CarrierPlugin {

    static final String ID = "test-post";

    final List<ShipmentRequest> bookings = new CopyOnWriteArrayList<>();
    private final AtomicInteger serial = new AtomicInteger();
    volatile CarrierError failNext;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "Test post", "1.0.0", SpiVersion.CURRENT, Set.of(Capability.SHIP));
    }

    @Override
    public List<CarrierService> services() {
        return List.of(new CarrierService("OUT", "Outbound", Leg.END_TO_END,
                List.of(new Lane("CN", "US", Set.of(CustomsRegime.CBEC_DIRECT_MAIL))), 5, 9));
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request) {
        CarrierError failure = failNext;
        if (failure != null) {
            failNext = null;
            throw failure;
        }
        bookings.add(request);
        String waybill = "TP" + String.format("%08d", serial.incrementAndGet()) + "CN";
        byte[] label = ("%PDF-1.4\n% " + waybill + "\n").getBytes(StandardCharsets.US_ASCII);
        return new ShipmentResult(waybill, request.serviceCode(),
                new ShippingDocument(ShippingDocument.Kind.LABEL, LabelFormat.PDF, label), List.of(), null);
    }
}
