package io.kuajing.customs;

import java.math.BigDecimal;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;

/**
 * One line of an export parcel: the vendor's item number and Chinese name, HS code, model (规格型号), bar code
 * ("无" when the goods have none: customs requires the field), declared unit (customs' unit code), quantity, declared
 * unit and total value in CNY, and net weight (for a legal unit counted in kilograms).
 */
public record ExportDeclaredLine(int gnum, String itemNo, String itemName, HsCode hsCode, String gmodel,
                                 String barCode, String unit, BigDecimal qty, Money price, Money totalPrice,
                                 BigDecimal netWeightKg) {
}
