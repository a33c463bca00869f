package io.kuajing.export.domain;

import java.math.BigDecimal;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A product a vendor sells abroad: its Chinese text (the source the marketplaces' texts are made from and the name
 * customs sees), HS code, declared value per unit in CNY (what the export inventory list declares), net weight per
 * unit and whether its export needs a licence (出口许可证), which keeps it off 9610 parcels.
 */
@AggregateRoot
public record Listing(@Identity Sku sku, VendorId vendor, String titleZh, HsCode hsCode, Money declaredValue,
                      BigDecimal weightKg, boolean exportLicenceRequired) {

    public Listing {
        if (titleZh == null || titleZh.isBlank() || titleZh.length() > 250) {
            throw new RuleViolation("titleZh", "required", "the Chinese title is required (at most 250 characters)");
        }
        if (titleZh.codePoints().noneMatch(Listing::isHan)) {
            throw new RuleViolation("titleZh", "zh-CN", "the title is the Chinese source text: it has no Chinese character");
        }
        if (hsCode == null) {
            throw new RuleViolation("hsCode", "required", "the HS code is required");
        }
        if (declaredValue == null || !declaredValue.isPositive() || !Money.CNY.equals(declaredValue.currency())) {
            throw new RuleViolation("declaredValue", "positive-cny", "the declared value is a positive amount in CNY");
        }
        if (weightKg == null || weightKg.signum() <= 0 || weightKg.compareTo(new BigDecimal("1000")) > 0) {
            throw new RuleViolation("weightKg", "weight-range", "the weight per unit is more than 0 and at most 1000 kg");
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
