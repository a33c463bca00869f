package io.kuajing.export.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A vendor's id in Kuajing: V followed by its USCC, so onboarding one company twice is refused by the key. */
@ValueObject
public record VendorId(String value) {

    public static VendorId of(Uscc uscc) {
        return new VendorId("V" + uscc.value());
    }
}
