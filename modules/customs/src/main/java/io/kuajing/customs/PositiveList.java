package io.kuajing.customs;

import java.time.LocalDate;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Regime;

/** The CBEC positive list (跨境电子商务零售进口商品清单): may this product be sold through CBEC, and why (not). */
public interface PositiveList {

    /** @param on null: today in China */
    EligibilityAnswer eligibility(HsCode hsCode, Regime regime, LocalDate on);
}
