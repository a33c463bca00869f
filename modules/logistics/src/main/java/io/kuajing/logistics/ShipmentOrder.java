package io.kuajing.logistics;

import java.util.List;
import java.util.Objects;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.PersonalData;

/**
 * What the purchase module hands logistics when an order is paid: whose order, how it is fulfilled from which
 * warehouse, the consignee (personal data: masked in {@code toString()}) and the goods.
 */
public record ShipmentOrder(String orderId, String ownerId, FulfilmentMode mode, String warehouseId, Consignee consignee,
                            List<Item> items) {

    public ShipmentOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(consignee, "consignee");
        items = List.copyOf(items);
    }

    /** The person who receives the parcel, with the ID document CBEC clearance needs (null for direct purchase). */
    public record Consignee(String name, String phone, String idNumber, String divisionCode, String province, String city,
                            String district, String street, String postalCode) {
        @Override
        public String toString() {
            return "Consignee[" + PersonalData.maskName(name) + ", " + PersonalData.maskPhone(phone) + ", "
                    + divisionCode + " " + PersonalData.maskAddress(street) + "]";
        }
    }

    /** One line of goods: SKU, description, HS code, origin, quantity, unit weight and unit value. */
    public record Item(String sku, String description, String hsCode, String originCountry, int quantity,
                       long unitWeightGrams, Money unitValue) {
    }
}
