package io.kuajing.customs.domain.declaration;

/**
 * The CEB messages Kuajing sends and the receipts it reads back: the import ones (3x1, 4x1, 5x1, 62x, 816) and the
 * 9610 export ones (CEB303 order, CEB505 waybill, CEB603 inventory list and their receipts 304, 506, 604; the
 * parcels' arrival CEB507 and departure CEB509 and their receipts 508 and 510; the summary declaration CEB701 of
 * type-B lists and its receipt 702; the withdrawal CEB605 of an accepted list and its receipt 606; the vendor's receipt
 * of the buyer's payment CEB403 and its receipt 404).
 */
public enum MessageType {
    CEB311("order"), CEB411("payment"), CEB511("waybill"), CEB621("inventory list"),
    CEB623("cancellation"), CEB625("return"),
    CEB312("order receipt"), CEB412("payment receipt"), CEB512("waybill receipt"), CEB622("inventory list receipt"),
    CEB624("cancellation receipt"), CEB626("return receipt"), CEB816("tax bill"),
    CEB303("export order"), CEB505("export waybill"), CEB603("export inventory list"),
    CEB507("export arrival"), CEB509("export departure"), CEB605("export inventory list withdrawal"),
    CEB403("export payment received"),
    CEB701("export summary declaration"),
    CEB304("export order receipt"), CEB506("export waybill receipt"), CEB604("export inventory list receipt"),
    CEB508("export arrival receipt"), CEB510("export departure receipt"),
    CEB606("export inventory list withdrawal receipt"), CEB404("export payment received receipt"), CEB702("export summary declaration receipt");

    private final String meaning;

    MessageType(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The root element name: CEBnnnMessage. */
    public String rootElement() {
        return name() + "Message";
    }

    public boolean isReceipt() {
        return switch (this) {
            case CEB312, CEB412, CEB512, CEB622, CEB624, CEB626, CEB816, CEB304, CEB506, CEB604, CEB508, CEB510, CEB606, CEB404,
                 CEB702 -> true;
            default -> false;
        };
    }

    /** A message of the export schema (海关跨境出口业务节点报文), not the import one. */
    public boolean isExport() {
        return switch (this) {
            case CEB303, CEB505, CEB603, CEB507, CEB509, CEB605, CEB403, CEB701, CEB304, CEB506, CEB604, CEB508, CEB510,
                 CEB606, CEB404, CEB702 -> true;
            default -> false;
        };
    }

    /** The receipt customs answers this message with (CEBnnn -> CEBnnn+1). */
    public MessageType receipt() {
        return switch (this) {
            case CEB311 -> CEB312;
            case CEB411 -> CEB412;
            case CEB511 -> CEB512;
            case CEB621 -> CEB622;
            case CEB623 -> CEB624;
            case CEB625 -> CEB626;
            case CEB303 -> CEB304;
            case CEB505 -> CEB506;
            case CEB603 -> CEB604;
            case CEB507 -> CEB508;
            case CEB509 -> CEB510;
            case CEB605 -> CEB606;
            case CEB403 -> CEB404;
            case CEB701 -> CEB702;
            default -> throw new IllegalArgumentException(this + " is not answered with a receipt");
        };
    }

    public static MessageType ofRoot(String rootElement) {
        if (rootElement == null || !rootElement.endsWith("Message")) {
            throw new IllegalArgumentException("not a CEB message root: " + rootElement);
        }
        return valueOf(rootElement.substring(0, rootElement.length() - "Message".length()));
    }
}
