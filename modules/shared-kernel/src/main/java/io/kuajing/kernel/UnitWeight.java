package io.kuajing.kernel;

/**
 * The weight of one unit of a product when its marketplace reported none. One assumption for every module: the
 * catalogue's freight estimate, checkout's carriage quote and the shipment's parcel weigh such a unit alike, so the
 * freight a buyer saw is the freight the order books.
 */
public final class UnitWeight {

    /** One kilogram: heavier than most consumer goods sold this way, so an unknown weight is not under-charged. */
    public static final int UNKNOWN_GRAMS = 1000;

    private UnitWeight() {
    }

    /** {@code grams}, or {@link #UNKNOWN_GRAMS} when the weight is unknown (null). */
    public static int gramsOrUnknown(Integer grams) {
        return grams == null ? UNKNOWN_GRAMS : grams;
    }
}
