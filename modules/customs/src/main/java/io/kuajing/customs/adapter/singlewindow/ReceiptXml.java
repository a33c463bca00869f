package io.kuajing.customs.adapter.singlewindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.adapter.ceb.Ceb;
import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.adapter.ceb.SafeXml.UnsafeXml;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.Money;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads customs' receipts (CEB312/412/512/622/624/626 and the CEB816 tax bill) exactly as the 2022-05 import XSD
 * defines them, and the 9610 export ones (CEB304/506/604, the reports' CEB508/510, the withdrawal's CEB606, the payment receipt's CEB404, the summary's CEB702) as the export XSD does — each message carries up to 100 receipts (816: tax bills), each naming its declaration customs'
 * way ({@link Receipt}) — and writes them for the sandbox, fields in the schema's order. Reading refuses, with a
 * reason and without echoing content: documents above the size limit, DTDs and entities, malformed XML, a root
 * outside the CEB namespace, a message that is not a receipt, missing or malformed fields.
 */
public final class ReceiptXml {

    public static final int DEFAULT_MAX_BYTES = 256 * 1024;

    /** The element under the root that carries each receipt's fields (816: Tax, holding TaxHeadRd and TaxListRd). */
    private static final Map<MessageType, String> BODY = Map.ofEntries(
            Map.entry(MessageType.CEB312, "OrderReturn"),
            Map.entry(MessageType.CEB304, "OrderReturn"),
            Map.entry(MessageType.CEB506, "LogisticsReturn"),
            Map.entry(MessageType.CEB604, "InventoryReturn"),
            Map.entry(MessageType.CEB508, "ArrivalReturn"),
            Map.entry(MessageType.CEB510, "DepartureReturn"),
            Map.entry(MessageType.CEB606, "InvtCancelReturn"),
            Map.entry(MessageType.CEB404, "ReceiptsReturn"),
            Map.entry(MessageType.CEB702, "SummaryReturn"),
            Map.entry(MessageType.CEB412, "PaymentReturn"),
            Map.entry(MessageType.CEB512, "LogisticsReturn"),
            Map.entry(MessageType.CEB622, "InventoryReturn"),
            Map.entry(MessageType.CEB624, "InvtCancelReturn"),
            Map.entry(MessageType.CEB626, "InvtRefundReturn"),
            Map.entry(MessageType.CEB816, "Tax"));

    /** Each receipt's fields in the XSD's order (the sandbox writes them so; optional ones when given). */
    private static final List<String> LIST_RETURN = List.of("guid", "customsCode", "ebpCode", "ebcCode", "agentCode",
            "copNo", "preNo", "invtNo", "returnStatus", "returnTime", "returnInfo");
    private static final List<String> ORDER_RETURN = List.of("guid", "ebpCode", "ebcCode", "orderNo", "returnStatus",
            "returnTime", "returnInfo");
    private static final List<String> LOGISTICS_RETURN = List.of("guid", "logisticsCode", "logisticsNo", "returnStatus",
            "returnTime", "returnInfo");
    private static final Map<MessageType, List<String>> FIELDS = Map.ofEntries(
            Map.entry(MessageType.CEB312, ORDER_RETURN),
            Map.entry(MessageType.CEB304, ORDER_RETURN),
            Map.entry(MessageType.CEB506, LOGISTICS_RETURN),
            // The export list receipt names the list, its order and how it is declared (A simplified, B summary).
            Map.entry(MessageType.CEB604, List.of("guid", "agentCode", "copNo", "preNo", "invtNo", "ebcCode", "ebpCode",
                    "orderNo", "statisticsFlag", "returnStatus", "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB508, List.of("guid", "operatorCode", "logisticsCode", "preNo", "copNo", "billNo",
                    "msgSeqNo", "returnStatus", "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB510, List.of("guid", "logisticsCode", "copNo", "preNo", "msgSeqNo", "returnStatus",
                    "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB606, List.of("guid", "agentCode", "copNo", "preNo", "invtNo", "returnStatus",
                    "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB404, List.of("guid", "ebcCode", "orderNo", "payNo", "returnStatus", "returnTime",
                    "returnInfo")),
            Map.entry(MessageType.CEB702, List.of("guid", "agentCode", "ebcCode", "copNo", "preNo", "sumNo", "msgSeqNo",
                    "returnStatus", "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB412, List.of("guid", "payCode", "payTransactionId", "returnStatus", "returnTime",
                    "returnInfo")),
            Map.entry(MessageType.CEB512, LOGISTICS_RETURN),
            Map.entry(MessageType.CEB622, LIST_RETURN),
            Map.entry(MessageType.CEB624, List.of("guid", "customsCode", "agentCode", "ebpCode", "ebcCode", "copNo",
                    "preNo", "invtNo", "returnStatus", "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB626, List.of("guid", "customsCode", "agentCode", "ebpCode", "ebcCode", "copNo",
                    "preNo", "invtNo", "returnStatus", "returnTime", "returnInfo")),
            Map.entry(MessageType.CEB816, List.of("guid", "returnTime", "invtNo", "taxNo", "customsTax", "valueAddedTax",
                    "consumptionTax", "status", "entDutyNo", "note", "assureCode", "ebcCode", "logisticsCode",
                    "agentCode", "customsCode")));
    private static final List<String> TAX_LINE = List.of("gnum", "gcode", "taxPrice", "customsTax", "valueAddedTax",
            "consumptionTax");
    private static final String IDENTIFIER = "[A-Za-z0-9_-]{1,64}";

    private final int maxBytes;

    public ReceiptXml(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every receipt of one receipt message, in document order. */
    public List<Receipt> read(byte[] xml) {
        Document document = SafeXml.parse(xml, maxBytes);
        Element root = document.getDocumentElement();
        if (!Ceb.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new UnsafeXml("root element is not in the CEB namespace " + Ceb.NAMESPACE);
        }
        MessageType type;
        try {
            type = MessageType.ofRoot(root.getLocalName());
        } catch (IllegalArgumentException e) {
            throw new UnsafeXml("unknown root element " + safe(root.getLocalName()));
        }
        if (!type.isReceipt()) {
            throw new UnsafeXml(type + " is not a receipt");
        }
        List<Element> bodies = children(root, BODY.get(type));
        if (bodies.isEmpty()) {
            throw new UnsafeXml(type + " without its " + BODY.get(type) + " element");
        }
        List<Receipt> receipts = new ArrayList<>();
        for (Element body : bodies) {
            receipts.add(type == MessageType.CEB816 ? taxBill(body) : receipt(type, body));
        }
        return receipts;
    }

    private static Receipt receipt(MessageType type, Element body) {
        String orderNo = identifier(body, "orderNo", type);
        String copNo = identifier(body, "copNo", type);
        String preNo = identifier(body, "preNo", type);
        String invtNo = identifier(body, "invtNo", type);
        String logisticsNo = identifier(body, "logisticsNo", type);
        String payTransactionId = identifier(body, "payTransactionId", type);
        String key = switch (type) {
            case CEB312, CEB304, CEB404 -> "orderNo";
            case CEB412 -> "payTransactionId";
            case CEB512, CEB506 -> "logisticsNo";
            default -> "copNo";
        };
        if (identifier(body, key, type) == null) {
            throw new UnsafeXml(type + " without the number it names its declaration by (" + key + ")");
        }
        return new Receipt(type, orderNo, copNo, preNo, invtNo, logisticsNo, payTransactionId,
                integer(SafeXml.child(body, "returnStatus"), type), SafeXml.child(body, "returnInfo"),
                time(SafeXml.child(body, "returnTime"), type), null, identifier(body, "sumNo", type));
    }

    /** A tax bill (Tax: TaxHeadRd and its TaxListRd lines), named by the inventory list number. */
    private static Receipt taxBill(Element tax) {
        Element head = SafeXml.childElement(tax, "TaxHeadRd");
        if (head == null) {
            throw new UnsafeXml("CEB816 Tax without its TaxHeadRd");
        }
        String invtNo = identifier(head, "invtNo", MessageType.CEB816);
        if (invtNo == null) {
            throw new UnsafeXml("CEB816 without the invtNo it names its list by");
        }
        String taxNo = SafeXml.child(head, "taxNo");
        if (taxNo == null || taxNo.isBlank() || taxNo.length() > 50) {
            throw new UnsafeXml("CEB816 without a taxNo");
        }
        TaxBill bill = new TaxBill(taxNo, invtNo, money(head, "customsTax"), money(head, "valueAddedTax"),
                money(head, "consumptionTax"));
        int status = integer(SafeXml.child(head, "status"), MessageType.CEB816);
        // The PDF's table 3-59 lists orderNo as well (the XSD does not): used when present.
        return new Receipt(MessageType.CEB816, identifier(head, "orderNo", MessageType.CEB816), null, null, invtNo,
                null, null, status, "电子税单 " + taxNo, time(SafeXml.child(head, "returnTime"), MessageType.CEB816), bill);
    }

    /**
     * Writes one receipt message as customs does (the sandbox's answers): {@code receipts} are each receipt's
     * fields by name, written in the XSD's order; for a CEB816 each map holds the TaxHeadRd fields and
     * {@code lines} the TaxListRd lines of each bill (same index).
     */
    public static byte[] write(MessageType type, String guid, List<Map<String, String>> receipts,
                               List<List<Map<String, String>>> lines) {
        Document d = SafeXml.newDocument();
        Element root = d.createElementNS(Ceb.NAMESPACE, "ceb:" + type.rootElement());
        root.setAttribute("guid", guid);
        root.setAttribute("version", Ceb.VERSION);
        d.appendChild(root);
        for (int i = 0; i < receipts.size(); i++) {
            Element body = add(d, root, BODY.get(type));
            if (type == MessageType.CEB816) {
                fill(d, add(d, body, "TaxHeadRd"), FIELDS.get(type), receipts.get(i));
                for (Map<String, String> line : lines.get(i)) {
                    fill(d, add(d, body, "TaxListRd"), TAX_LINE, line);
                }
            } else {
                fill(d, body, FIELDS.get(type), receipts.get(i));
            }
        }
        return SafeXml.serialize(d);
    }

    private static void fill(Document d, Element parent, List<String> order, Map<String, String> values) {
        for (String name : order) {
            String value = values.get(name);
            if (value != null) {
                add(d, parent, name).setTextContent(value);
            }
        }
    }

    private static Element add(Document d, Element parent, String name) {
        Element e = d.createElementNS(Ceb.NAMESPACE, "ceb:" + name);
        parent.appendChild(e);
        return e;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && Ceb.NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** A number naming a declaration: absent, or letters, digits, '-' and '_' (surrounding white space dropped). */
    private static String identifier(Element body, String name, MessageType type) {
        String value = SafeXml.child(body, name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches(IDENTIFIER)) {
            throw new UnsafeXml(type + " with a malformed " + name);
        }
        return value;
    }

    private static int integer(String value, MessageType type) {
        if (value == null || !value.matches("-?\\d{1,9}")) {
            throw new UnsafeXml(type + " without a numeric status");
        }
        return Integer.parseInt(value);
    }

    /** returnTime is yyyyMMddHHmmss, often followed by milliseconds (yyyyMMddHHmmssSSS), in China time. */
    private static Instant time(String value, MessageType type) {
        if (value == null || !value.matches("\\d{14}(\\d{3})?")) {
            throw new UnsafeXml(type + " without a returnTime of 14 or 17 digits");
        }
        try {
            return LocalDateTime.parse(value.substring(0, 14), Ceb.TIME).atZone(ChinaTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnsafeXml(type + " returnTime is not a real time");
        }
    }

    /** Customs writes amounts with up to 5 decimals (N19,5); the bill's taxes are in fen. */
    private static Money money(Element body, String name) {
        String value = SafeXml.child(body, name);
        if (value == null || !value.matches("\\d{1,14}(\\.\\d{1,5})?")) {
            throw new UnsafeXml("CEB816 " + name + " is not an amount");
        }
        return new Money(new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP), Money.CNY);
    }

    private static String safe(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
