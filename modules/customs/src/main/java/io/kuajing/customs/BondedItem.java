package io.kuajing.customs;

import java.math.BigDecimal;

import io.kuajing.kernel.HsCode;

/** An item record (备案序号) of a bonded account book: its HS code and name as entered, and the stock now. */
public record BondedItem(String emsNo, String itemNo, HsCode hsCode, String itemName, BigDecimal stock) {
}
