package io.kuajing.purchase.domain;

import java.util.regex.Pattern;

import io.kuajing.kernel.PersonalData;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who receives the parcel and where: name, mobile, a 6-digit administrative-division code (GB/T 2260: province,
 * city, county) and the street address. The same on the order and on the waybill, or customs rejects the pair.
 */
@ValueObject
public record Consignee(String name, MobileNumber phone, String divisionCode, String address) {

    private static final Pattern DIVISION = Pattern.compile("[1-8]\\d{5}");

    public static Consignee of(String name, String phone, String divisionCode, String address) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("consignee.name", "required", "the consignee's name is required");
        }
        if (divisionCode == null || !DIVISION.matcher(divisionCode).matches() || divisionCode.endsWith("0000")) {
            throw new RuleViolation("consignee.divisionCode", "division-code",
                    "must be a 6-digit county-level administrative-division code (GB/T 2260), e.g. 310115");
        }
        if (address == null || address.strip().length() < 5) {
            throw new RuleViolation("consignee.address", "required", "the street address is required");
        }
        return new Consignee(name.strip(), MobileNumber.of("consignee.phone", phone), divisionCode, address.strip());
    }

    @Override
    public String toString() {
        return "Consignee[" + PersonalData.maskName(name) + ", " + phone + ", " + divisionCode + ", "
                + PersonalData.maskAddress(address) + "]";
    }
}
