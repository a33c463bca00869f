package io.kuajing.plugin.tck.carrier;

import java.util.Comparator;
import java.util.List;

import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.ConsigneeId;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.Dimensions;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Lane;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.Parcel;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.Weight;

/**
 * Canonical sample requests for a service's first lane, the same for every carrier so golden files read alike:
 * a 2.5 kg parcel of vitamins from the lane's origin (overseas warehouse, port or bonded warehouse by leg) to a
 * consumer in Shanghai Pudong.
 */
public final class CarrierSamples {

    /** Personal data of the sample consignee: the TCK checks none of it leaks into messages. */
    public static final String CONSIGNEE_PHONE = "13812345678";
    public static final String CONSIGNEE_ID_NUMBER = "11010519491231002X";
    public static final String CONSIGNEE_STREET = "世纪大道100号8楼";

    private CarrierSamples() {
    }

    public static Address consumer() {
        return new Address("张三", null, CONSIGNEE_PHONE, "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of(CONSIGNEE_STREET), "200120");
    }

    public static Address overseasWarehouse(String country) {
        return new Address("Kuajing Overseas " + country, "Kuajing Ltd", "+12015550100", country, null,
                "NJ", "Newark", null, List.of("100 Port St", "Building 4"), "07114");
    }

    /** The airport customs-supervised warehouse at Shanghai Pudong, where line haul ends. */
    public static Address port() {
        return new Address("浦东机场海关监管仓", "Kuajing", "02168880000", "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of("机场大道1号"), "201207");
    }

    public static Address bondedWarehouse() {
        return new Address("外高桥保税仓", "Kuajing", "02158660000", "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of("富特北路456号"), "200131");
    }

    public static Parcel parcel() {
        return new Parcel(Weight.kilograms("2.5"), Dimensions.cm("30", "20", "15"));
    }

    /** The same parcel with its weight in grams: a plugin must send exactly the same request for it. */
    public static Parcel parcelInGrams() {
        return new Parcel(Weight.grams(2500), Dimensions.cm("30", "20", "15"));
    }

    public static Commodity commodity(String origin) {
        return new Commodity("SKU-VITC-100", "Vitamin C 1000mg, 100 tablets", "2106909090", origin, 2,
                Amount.cny("199.90"), Weight.grams(250));
    }

    public static ConsigneeId consigneeId() {
        return new ConsigneeId(ConsigneeId.Type.RESIDENT_ID_CARD, CONSIGNEE_ID_NUMBER, "张三");
    }

    public static Lane lane(CarrierService service) {
        return service.lanes().get(0);
    }

    public static CustomsRegime regime(Lane lane) {
        return lane.regimes().stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    public static Address from(CarrierService service) {
        Lane lane = lane(service);
        if (!"CN".equals(lane.originCountry())) {
            return overseasWarehouse(lane.originCountry());
        }
        return regime(lane) == CustomsRegime.CBEC_DIRECT_MAIL ? port() : bondedWarehouse();
    }

    public static Address to(CarrierService service) {
        return service.leg() == Leg.LINE_HAUL ? port() : consumer();
    }

    public static RateRequest rate(CarrierService service, Parcel parcel) {
        Lane lane = lane(service);
        return new RateRequest(service.code(), from(service), to(service), List.of(parcel),
                List.of(commodity(lane.originCountry())), regime(lane));
    }

    public static ShipmentRequest shipment(CarrierService service, String idempotencyKey, LabelFormat format) {
        Lane lane = lane(service);
        return new ShipmentRequest(idempotencyKey, "KJ20260302000001", service.code(), from(service), to(service),
                consigneeId(), List.of(parcel()), List.of(commodity(lane.originCountry())), regime(lane), format);
    }
}
