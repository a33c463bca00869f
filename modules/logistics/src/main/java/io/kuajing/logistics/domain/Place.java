package io.kuajing.logistics.domain;

import io.kuajing.kernel.PersonalData;
import org.jmolecules.ddd.annotation.ValueObject;

/** An address a parcel leaves from or goes to; a Chinese one carries its 6-digit administrative-division code. Masked in {@code toString()}. */
@ValueObject
public record Place(String name, String phone, String country, String divisionCode, String province, String city,
                    String district, String street, String postalCode) {

    @Override
    public String toString() {
        return "Place[" + PersonalData.maskName(name) + ", " + PersonalData.maskPhone(phone) + ", " + country + " "
                + (divisionCode == null ? "" : divisionCode + " ") + PersonalData.maskAddress(street) + "]";
    }
}
