package io.kuajing.purchase.domain;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.MobileNumber;
import io.kuajing.kernel.PersonalData;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Text;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The buyer of a CBEC order: real name and resident ID number, as customs requires them on the order and, for the
 * same person, on the payment (DOMAIN.md, "Buyer identity"). Masked in toString.
 */
@ValueObject
public record Buyer(String realName, ChineseIdNumber idNumber, MobileNumber phone) {

    public static Buyer of(String realName, String idNumber, String phone) {
        String name = Text.personName(realName, "buyer.realName");
        ChineseIdNumber id;
        try {
            id = ChineseIdNumber.of(idNumber);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("buyer.idNumber", "id-number", e.getMessage());
        }
        return new Buyer(name, id, MobileNumber.of("buyer.phone", phone));
    }

    @Override
    public String toString() {
        return "Buyer[" + PersonalData.maskName(realName) + ", " + idNumber + ", " + phone + "]";
    }
}
