package io.kuajing.catalog.adapter.web;

import io.kuajing.kernel.FulfilmentMode;

/** The tax basis of a landed price in plain Chinese, for the product page. */
public final class TaxBasisWording {

    private TaxBasisWording() {
    }

    /**
     * @param basis the basis customs quoted under (the catalog's English wording of it), as {@link io.kuajing.catalog.LandedPrice#taxBasis()}
     */
    public static String of(FulfilmentMode mode, String basis) {
        if (mode == FulfilmentMode.DIRECT_PURCHASE) {
            return "一般贸易进口：关税、消费税和增值税已按全额缴纳，含在价格里，不占跨境额度。";
        }
        if (basis != null && basis.startsWith("CBEC within limits")) {
            return "跨境电商零售进口：限值内关税为 0，增值税和消费税按法定税额的 70% 征收，计入您的年度跨境额度（每年 ¥26,000，单次 ¥5,000）。";
        }
        if (basis != null && basis.startsWith("CBEC single item")) {
            return "单件商品超过单次限值 ¥5,000：按一般贸易全额征收关税、消费税和增值税。";
        }
        return basis == null ? "" : basis;
    }
}
