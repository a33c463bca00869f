package io.kuajing.platform.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.platform.MoneyJson;
import io.micronaut.core.annotation.Nullable;

/** How pages of every module say a mode, an amount and a date to a Chinese shopper. */
public final class Wording {

    private static final Map<FulfilmentMode, String> MODES = Map.of(FulfilmentMode.DIRECT_PURCHASE, "直采",
            FulfilmentMode.DIRECT_MAIL, "直邮", FulfilmentMode.FLASH_PURCHASE, "闪购");

    private Wording() {
    }

    public static String mode(FulfilmentMode mode) {
        return MODES.get(mode);
    }

    /** A mode given by name (as order and basket views carry it); an unknown name is shown as it is. */
    public static String mode(@Nullable String mode) {
        if (mode == null) {
            return "";
        }
        try {
            return mode(FulfilmentMode.valueOf(mode));
        } catch (IllegalArgumentException unknown) {
            return mode;
        }
    }

    public static String yuan(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String yuan(Money money) {
        return Money.CNY.equals(money.currency()) ? yuan(money.amount())
                : money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    /** An amount as the views carry it (decimal string and currency). */
    public static String yuan(@Nullable MoneyJson money) {
        if (money == null) {
            return "—";
        }
        return Money.CNY.getCurrencyCode().equals(money.currency()) ? yuan(new BigDecimal(money.amount()))
                : money.currency() + " " + money.amount();
    }

    /** 12月5日 */
    public static String day(@Nullable LocalDate date) {
        return date == null ? "—" : date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
