package io.kuajing.customs;

import java.math.BigDecimal;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;

/**
 * One goods line of the order and inventory list. {@code itemNo} is the enterprise item number; for bonded import
 * it is the item's record number in the warehouse account book. {@code unit} is the customs unit code (011 piece).
 * {@code itemName} is the goods' reviewed Chinese name (itemName and gname); {@code gmodel} is 品名/品牌/规格/成分 as
 * far as known.
 *
 * @param origin      the goods' country of origin from the product; null when nobody has said it: declared as
 *                    customs' 701 国别不详 (country unknown), never guessed from the warehouse that ships it
 * @param netWeightKg the line's net weight in kg (all units), from which weight legal quantities (qty1 in 千克)
 *                    come; null when unknown (then a line whose legal unit is a weight is not declarable)
 */
public record DeclaredLine(int gnum, String itemNo, String itemName, HsCode hsCode, String gmodel, String barCode,
                           String unit, BigDecimal qty, Money price, Money totalPrice, CountryCode origin,
                           BigDecimal netWeightKg) {

    /** A line whose weight is unknown. */
    public DeclaredLine(int gnum, String itemNo, String itemName, HsCode hsCode, String gmodel, String barCode,
                        String unit, BigDecimal qty, Money price, Money totalPrice, CountryCode origin) {
        this(gnum, itemNo, itemName, hsCode, gmodel, barCode, unit, qty, price, totalPrice, origin, null);
    }
}
