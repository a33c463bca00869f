package io.kuajing.catalog.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specification a title states: the last size, volume, net content or count in it ("3 fl oz", "200ml",
 * "27g×48袋", "Size 10.5", "26.5cm", "120粒", "200 Tablets"). Customs declares it (规格) in gmodel.
 */
public final class Specification {

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final String UNIT = "fl\\.? ?oz|oz|lbs?|ml|mL|L|l|kg|g|mg|mcg|IU|cm|mm|mAh|GB|TB"
            + "|Tablets?|Softgels?|Capsules?|Caplets?|Gummies|Count|ct|粒|袋|本|枚|包|日分|型";
    private static final Pattern MEASURE = Pattern.compile("(?<![\\w.])(" + NUMBER + ")\\s?(" + UNIT + ")"
            + "(?:\\s?[×x]\\s?(" + NUMBER + ")\\s?(" + UNIT + "))?(?![A-Za-z])");
    private static final Pattern SHOE_SIZE = Pattern.compile("\\bSize (" + NUMBER + ")\\b");

    private Specification() {
    }

    /** The specification in {@code title}, in the title's words; null when it states none. */
    public static String in(String title) {
        if (title == null) {
            return null;
        }
        Matcher size = SHOE_SIZE.matcher(title);
        if (size.find()) {
            return size.group();
        }
        Matcher m = MEASURE.matcher(title);
        String last = null;
        while (m.find()) {
            // Strengths ("1000 mg", "2000 IU", "16GB") say what is in it; a count or net content after them wins.
            last = m.group();
        }
        return last;
    }
}
