package io.kuajing.purchase.domain;

import io.kuajing.kernel.DivisionCode;
import io.kuajing.kernel.MobileNumber;
import io.kuajing.kernel.PersonalData;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Text;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who receives the parcel and where: name, mobile, a 6-digit administrative-division code (GB/T 2260: province,
 * city, county) and the street address. The same on the order and on the waybill, or customs rejects the pair.
 */
@ValueObject
public record Consignee(String name, MobileNumber phone, String divisionCode, String address) {

    /** Checked field by field in the order the form shows them; the division code must be a county of the national list. */
    public static Consignee of(String name, String phone, String divisionCode, String address) {
        String checkedName = Text.personName(name, "consignee.name");
        MobileNumber mobile = MobileNumber.of("consignee.phone", phone);
        DivisionCode division = DivisionCode.of(divisionCode, "consignee.divisionCode");
        String street = Text.required(address, "consignee.address", Text.ADDRESS);
        if (street.length() < 5) {
            throw new RuleViolation("consignee.address", "address-complete", "the street address needs at least 5 characters");
        }
        return new Consignee(checkedName, mobile, division.value(), street);
    }

    @Override
    public String toString() {
        return "Consignee[" + PersonalData.maskName(name) + ", " + phone + ", " + divisionCode + ", "
                + PersonalData.maskAddress(address) + "]";
    }
}
