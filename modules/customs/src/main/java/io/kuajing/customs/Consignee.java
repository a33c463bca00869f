package io.kuajing.customs;

import io.kuajing.kernel.PersonalData;

/** Who receives the parcel, as on the order and on the waybill. Masked in toString. */
public record Consignee(String name, String telephone, String address) {

    @Override
    public String toString() {
        return "Consignee[" + PersonalData.maskName(name) + ", " + PersonalData.maskPhone(telephone) + ", "
                + PersonalData.maskAddress(address) + "]";
    }
}
