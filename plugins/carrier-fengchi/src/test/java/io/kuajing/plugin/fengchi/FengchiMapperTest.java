package io.kuajing.plugin.fengchi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.Dimensions;
import io.kuajing.plugin.carrier.Parcel;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.Weight;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FengchiMapperTest {

    @Test
    void aMultiParcelRateCarriesTheVolumeAndWeightOfEveryParcel() {
        Element rate = rate(List.of(
                new Parcel(Weight.kilograms("2.5"), Dimensions.cm("30", "20", "15")),      //  9 000 cm³
                new Parcel(Weight.grams(1200), Dimensions.cm("40", "30", "20")),            // 24 000 cm³
                new Parcel(Weight.kilograms("0.3"), Dimensions.cm("10.5", "10", "10"))));  //  1 050 cm³

        assertEquals("34050", rate.getAttribute("volumeCm3"));
        assertEquals("4", rate.getAttribute("weightKg"));
    }

    @Test
    void unmeasuredParcelsAddNoGuessedVolume() {
        Element someMeasured = rate(List.of(new Parcel(Weight.kilograms("2.5"), Dimensions.cm("30", "20", "15")),
                Parcel.of(Weight.kilograms("1"))));
        assertEquals("9000", someMeasured.getAttribute("volumeCm3"));

        Element noneMeasured = rate(List.of(Parcel.of(Weight.kilograms("2.5")), Parcel.of(Weight.kilograms("1"))));
        assertFalse(noneMeasured.hasAttribute("volumeCm3"), "no volume is better than an invented one");
    }

    @Test
    void aBondedParcelIsOrderedWithoutACourierUntilThePickupCall() {
        var service = new FengchiCarrier().services().get(0);
        var usual = io.kuajing.plugin.tck.carrier.CarrierSamples.shipment(service, "tck-order-0002-1",
                io.kuajing.plugin.carrier.LabelFormat.PDF);
        var onRequest = new io.kuajing.plugin.carrier.ShipmentRequest(usual.idempotencyKey(), usual.reference(),
                usual.serviceCode(), usual.shipFrom(), usual.shipTo(), usual.consigneeId(), usual.parcels(),
                usual.commodities(), usual.regime(), usual.labelFormat(), true);
        assertTrue(FengchiMapper.orderRequest(usual, "P", "A").contains("isDocall=\"1\""));
        assertTrue(FengchiMapper.orderRequest(onRequest, "P", "A").contains("isDocall=\"0\""), "e-waybill only");
    }

    @Test
    void unknownErrorCodesAreRetryableUnlessTheyAreValidationCodes() {
        CarrierError validation = FengchiMapper.error("1099");
        assertEquals(CarrierError.Kind.INVALID_REQUEST, validation.kind());
        assertFalse(validation.retryable(), "a request Fengchi refuses as invalid would be refused again");

        for (String code : List.of("8200", "6999", "4999", "S0001", "20001")) {
            CarrierError unknown = FengchiMapper.error(code);
            assertTrue(unknown.retryable(), code + " must not make us give up a paid order's booking, got " + unknown.kind());
            assertEquals(code, unknown.carrierCode());
        }
    }

    private static Element rate(List<Parcel> parcels) {
        RateRequest sample = CarrierSamples.rate(new FengchiCarrier().services().get(0), CarrierSamples.parcel());
        RateRequest request = new RateRequest(sample.serviceCode(), sample.shipFrom(), sample.shipTo(), parcels,
                sample.commodities(), sample.regime());
        Element root = Xml.parse(FengchiMapper.rateRequest(request, "KJ_PARTNER_01"));
        return Xml.child(Xml.child(root, "Body"), "Rate");
    }
}
