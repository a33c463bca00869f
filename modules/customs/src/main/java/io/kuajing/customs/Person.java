package io.kuajing.customs;

import java.util.Objects;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.PersonalData;

/** A named person with a resident ID number: the buyer on an order or the payer on a payment. Masked in toString. */
public record Person(String name, ChineseIdNumber idNumber, String telephone) {

    public Person {
        Objects.requireNonNull(idNumber, "idNumber");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
    }

    /** Same real-name identity: name and ID number (the phone may differ). */
    public boolean sameIdentityAs(Person other) {
        return other != null && name.strip().equals(other.name.strip()) && idNumber.equals(other.idNumber);
    }

    @Override
    public String toString() {
        return "Person[" + PersonalData.maskName(name) + ", " + idNumber.masked() + ", "
                + PersonalData.maskPhone(telephone) + "]";
    }
}
