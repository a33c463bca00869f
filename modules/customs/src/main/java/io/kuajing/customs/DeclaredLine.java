package io.kuajing.customs;

import java.math.BigDecimal;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;

/**
 * One goods line of the order and inventory list. {@code itemNo} is the enterprise item number; for bonded import
 * it is the item's record number in the warehouse account book. {@code unit} is the customs unit code (011 piece).
 */
public record DeclaredLine(int gnum, String itemNo, String itemName, HsCode hsCode, String gmodel, String barCode,
                           String unit, BigDecimal qty, Money price, Money totalPrice, CountryCode origin) {
}
