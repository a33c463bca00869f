package io.kuajing.export.domain;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.RuleViolation;

/** A fulfilment warehouse abroad (e.g. an Amazon fulfilment centre, YYZ4 in Canada): its country and its code. */
public record OverseasWarehouse(CountryCode country, String code) {

    public OverseasWarehouse {
        if (country == null || country.value().equals("CN")) {
            throw new RuleViolation("warehouse.country", "abroad", "an overseas warehouse is outside China");
        }
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new RuleViolation("warehouse.code", "warehouse-code", "a warehouse code is 2-20 capitals, digits or dashes, e.g. YYZ4");
        }
    }
}
