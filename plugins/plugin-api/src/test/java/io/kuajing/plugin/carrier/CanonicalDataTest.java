package io.kuajing.plugin.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.UnsupportedOperation;
import org.junit.jupiter.api.Test;

class CanonicalDataTest {

    @Test
    void lineHaulTransportRefusesWhatCustomsSchemaWouldRefuse() {
        LineHaulTransport air = new LineHaulTransport("5", " CZ328 ", "20261205", "78412345675");
        assertEquals("CZ328", air.transportMeans(), "trimmed");
        assertThrows(IllegalArgumentException.class, () -> new LineHaulTransport("AIR", "CZ328", "20261205", "78412345675"));
        assertThrows(IllegalArgumentException.class, () -> new LineHaulTransport("5", "CZ328", "2".repeat(33), "78412345675"));
        assertThrows(IllegalArgumentException.class, () -> new LineHaulTransport("5", "CZ328", "20261205", "7".repeat(38)));
        assertThrows(IllegalArgumentException.class, () -> new LineHaulTransport("5", "C".repeat(101), "20261205", "78412345675"));
        assertThrows(IllegalArgumentException.class, () -> new LineHaulTransport("5", "CZ328", " ", "78412345675"));
        assertEquals(37, new LineHaulTransport("2", "COSCO SHIPPING", "0ABC1E1", "7".repeat(37)).masterBillNo().length());
        ShipmentResult courier = new ShipmentResult("FC1", "FC-STD", new ShippingDocument(ShippingDocument.Kind.LABEL,
                LabelFormat.PDF, "%PDF-1.4".getBytes()), List.of(), null);
        assertEquals(null, courier.transport(), "the five-argument booking has no line-haul transport");
    }

    @Test
    void amountsKeepTheMinorUnitAndRefuseFinerValues() {
        assertEquals("12.30 CNY", Amount.of("12.3", "CNY").toString());
        assertEquals(1230, Amount.cny("12.30").minorUnits());
        assertEquals(Amount.cny("12.34"), Amount.ofMinorUnits(1234, "CNY"));
        assertEquals(Amount.of("1234", "JPY"), Amount.ofMinorUnits(1234, "JPY"));
        assertThrows(IllegalArgumentException.class, () -> Amount.cny("0.001"));
        assertEquals(Amount.cny("0.01"), Amount.rounded(new BigDecimal("0.005"), "CNY"));
        assertThrows(IllegalArgumentException.class, () -> Amount.cny("1").plus(Amount.of("1", "USD")));
    }

    @Test
    void weightConversionsAreExact() {
        assertEquals(new BigDecimal("453.59237"), Weight.of("1", WeightUnit.POUND).inGrams());
        assertEquals(new BigDecimal("2.5"), Weight.grams(2500).inKilograms());
        assertEquals(new BigDecimal("2500"), Weight.kilograms("2.5").inGrams());
        assertEquals(0, Weight.grams(2500).compareTo(Weight.kilograms("2.500")));
        assertEquals(454, Weight.of("1", WeightUnit.POUND).wholeGramsRoundedUp());
        assertEquals(new BigDecimal("2.21"), Weight.kilograms("1").in(WeightUnit.POUND, 2));
    }

    @Test
    void volumetricWeightRoundsUpToTheGram() {
        Parcel parcel = new Parcel(Weight.kilograms("1"), Dimensions.cm("40", "30", "20"));
        assertEquals(0, Weight.kilograms("4.8").compareTo(parcel.chargeableWeight(5000)));
        assertEquals(0, Weight.kilograms("0.001").compareTo(Dimensions.cm("1", "1", "1").volumetricWeight(6000)));
        assertEquals(new BigDecimal("24000"), new Dimensions(new BigDecimal("400"), new BigDecimal("300"),
                new BigDecimal("200"), LengthUnit.MILLIMETRE).cubicCentimetres());
    }

    @Test
    void chineseAddressesNeedADivisionCodeAndPrintMasked() {
        assertThrows(IllegalArgumentException.class, () -> new Address("张三", null, "13812345678", "CN", null,
                "上海市", "上海市", "浦东新区", List.of("世纪大道100号"), "200120"));
        Address a = new Address("张三", null, "13812345678", "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of("世纪大道100号"), "200120");
        assertFalse(a.toString().contains("13812345678"));
        assertFalse(a.toString().contains("世纪大道100号"));
        assertTrue(a.toString().contains("138****5678"));
        Address noCity = new Address("Warehouse", null, "+12015550100", "US", null, "NJ", null, null,
                List.of("100 Port St"), "07114");
        assertFalse(noCity.toString().contains("null"), "an absent city prints as nothing: " + noCity);
        ConsigneeId id = new ConsigneeId(ConsigneeId.Type.RESIDENT_ID_CARD, "11010519491231002X", "张三");
        assertFalse(id.toString().contains("11010519491231002X"));
    }

    @Test
    void aQuoteTotalIsTheExactSumOfItsCharges() {
        RateQuote q = new RateQuote("S", List.of(new Charge("base", Amount.cny("10.10")), new Charge("fuel", Amount.cny("0.20"))), 1, 2);
        assertEquals(Amount.cny("10.30"), q.total());
        assertThrows(IllegalArgumentException.class, () -> new RateQuote("S",
                List.of(new Charge("a", Amount.cny("1")), new Charge("b", Amount.of("1", "USD"))), 1, 2));
    }

    @Test
    void theTimelineIgnoresReplaysAndNeverLeavesATerminalStatus() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        TrackingEvent picked = new TrackingEvent("W1", t, TrackingStatus.PICKED_UP, null, "10", "", "");
        TrackingEvent delivered = new TrackingEvent("W1", t.plusSeconds(60), TrackingStatus.DELIVERED, null, "90", "", "");
        TrackingEvent lateScan = new TrackingEvent("W1", t.plusSeconds(120), TrackingStatus.IN_TRANSIT, null, "20", "", "");
        TrackingTimeline timeline = new TrackingTimeline();
        assertEquals(3, timeline.merge(List.of(picked, delivered, lateScan)).size());
        assertEquals(0, timeline.merge(List.of(picked, delivered)).size());
        assertEquals(TrackingStatus.DELIVERED, timeline.current());
    }

    @Test
    void unmappedRawStatusesAreUnknownNeverGuessed() {
        StatusMapping m = StatusMapping.builder().map("10", TrackingStatus.PICKED_UP).build();
        assertEquals(TrackingStatus.UNKNOWN, m.map("99").status());
        assertThrows(IllegalArgumentException.class,
                () -> StatusMapping.builder().map("10", TrackingStatus.PICKED_UP).map("10", TrackingStatus.DELIVERED));
    }

    @Test
    void implementedCapabilitiesAreTheOverriddenOperations() {
        assertEquals(Set.of(Capability.TRACK), CarrierPlugin.implementedCapabilities(TrackOnly.class));
        assertThrows(UnsupportedOperation.class, () -> new TrackOnly().cancel("W1"));
    }

    static class TrackOnly implements CarrierPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("track-only", "Track only", "1", 1, Set.of(Capability.TRACK));
        }

        @Override
        public List<CarrierService> services() {
            return List.of();
        }

        @Override
        public TrackingReport track(String waybillNumber) {
            return new TrackingReport(waybillNumber, List.of());
        }
    }
}
