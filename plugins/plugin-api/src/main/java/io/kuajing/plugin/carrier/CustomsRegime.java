package io.kuajing.plugin.carrier;

/** The customs supervision regime a parcel moves under, with its supervision code. */
public enum CustomsRegime {
    /** Bulk import under general trade, duties paid by the platform (direct purchase): 0110. */
    GENERAL_TRADE("0110"),
    /** CBEC direct-purchase import, parcel flown in and cleared at a port (direct mail): 9610. */
    CBEC_DIRECT_MAIL("9610"),
    /** CBEC online bonded import from a bonded warehouse (flash purchase): 1210. */
    CBEC_BONDED("1210"),
    /** CBEC bonded import in a non-pilot city: 1239. */
    CBEC_BONDED_NON_PILOT("1239");

    private final String supervisionCode;

    CustomsRegime(String supervisionCode) {
        this.supervisionCode = supervisionCode;
    }

    public String supervisionCode() {
        return supervisionCode;
    }
}
