package io.kuajing.customs.adapter.singlewindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.adapter.ceb.Ceb;
import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.adapter.ceb.SafeXml.UnsafeXml;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.kernel.Money;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads receipts (CEB312/412/512/622/624/626 and the 816 tax bill) from untrusted bytes, and writes them (for the
 * sandbox). Reading refuses, with a reason and without echoing content: documents above the size limit, DTDs and
 * entities, malformed XML, a root outside the CEB namespace, a message that is not a receipt, missing or
 * malformed fields.
 */
public final class ReceiptXml {

    public static final int DEFAULT_MAX_BYTES = 256 * 1024;

    /** The element under the root that carries each receipt's fields. */
    private static final Map<MessageType, String> BODY = Map.of(
            MessageType.CEB312, "OrderReturn",
            MessageType.CEB412, "PaymentReturn",
            MessageType.CEB512, "LogisticsReturn",
            MessageType.CEB622, "InventoryReturn",
            MessageType.CEB624, "InvtCancelReturn",
            MessageType.CEB626, "InvtRefundReturn",
            MessageType.CEB816, "Tax");

    private final int maxBytes;

    public ReceiptXml(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Receipt read(byte[] xml) {
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
        Element body = SafeXml.childElement(root, BODY.get(type));
        if (type == MessageType.CEB816 && body != null) {
            body = SafeXml.childElement(body, "TaxHeadRd");
        }
        if (body == null) {
            throw new UnsafeXml(type + " without its " + BODY.get(type) + " element");
        }
        String orderNo = first(body, "orderNo", "copNo");
        String logisticsNo = type == MessageType.CEB512 ? SafeXml.child(body, "logisticsNo") : null;
        if (orderNo == null && logisticsNo != null && logisticsNo.matches("[A-Za-z0-9_-]{1,64}")) {
            orderNo = null;
        } else if (orderNo == null || !orderNo.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new UnsafeXml(type + " without a well-formed orderNo or copNo");
        }
        if (logisticsNo != null && !logisticsNo.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new UnsafeXml(type + " with a malformed logisticsNo");
        }
        int status = integer(type == MessageType.CEB816 ? first(body, "returnStatus", "status") : SafeXml.child(body, "returnStatus"), type);
        Instant time = time(SafeXml.child(body, "returnTime"), type);
        String invtNo = SafeXml.child(body, "invtNo");
        TaxBill bill = null;
        if (type == MessageType.CEB816) {
            String taxNo = SafeXml.child(body, "taxNo");
            if (taxNo == null || taxNo.isBlank() || taxNo.length() > 64) {
                throw new UnsafeXml("CEB816 without a taxNo");
            }
            bill = new TaxBill(taxNo, invtNo, money(body, "customsTax"), money(body, "valueAddedTax"),
                    money(body, "consumptionTax"));
        }
        return new Receipt(type, orderNo, status, SafeXml.child(body, "returnInfo"), time, invtNo, bill, logisticsNo);
    }

    /** Writes a receipt as customs would (the sandbox's answers). */
    public static byte[] write(Receipt receipt, String guid) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().newDocument();
            Element root = d.createElementNS(Ceb.NAMESPACE, "ceb:" + receipt.type().rootElement());
            root.setAttribute("guid", guid);
            root.setAttribute("version", Ceb.VERSION);
            d.appendChild(root);
            Element body = d.createElementNS(Ceb.NAMESPACE, "ceb:" + BODY.get(receipt.type()));
            root.appendChild(body);
            if (receipt.type() == MessageType.CEB816) {
                Element head = d.createElementNS(Ceb.NAMESPACE, "ceb:TaxHeadRd");
                body.appendChild(head);
                body = head;
            }
            add(d, body, "guid", guid);
            add(d, body, "orderNo", receipt.orderNo());
            add(d, body, "copNo", receipt.orderNo());
            add(d, body, "logisticsNo", receipt.logisticsNo());
            add(d, body, "invtNo", receipt.invtNo());
            if (receipt.taxBill() != null) {
                TaxBill bill = receipt.taxBill();
                add(d, body, "taxNo", bill.taxNo());
                add(d, body, "customsTax", bill.customsTax().amount().toPlainString());
                add(d, body, "valueAddedTax", bill.valueAddedTax().amount().toPlainString());
                add(d, body, "consumptionTax", bill.consumptionTax().amount().toPlainString());
                add(d, body, "status", String.valueOf(receipt.status()));
            } else {
                add(d, body, "returnStatus", String.valueOf(receipt.status()));
            }
            add(d, body, "returnTime", Ceb.TIME.format(receipt.time().atZone(ChinaTime.ZONE)) + "000");
            add(d, body, "returnInfo", receipt.info());
            return SafeXml.serialize(d);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Document d, Element parent, String name, String value) {
        if (value != null) {
            Element e = d.createElementNS(Ceb.NAMESPACE, "ceb:" + name);
            e.setTextContent(value);
            parent.appendChild(e);
        }
    }

    private static String first(Element body, String... names) {
        for (String name : names) {
            String value = SafeXml.child(body, name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static int integer(String value, MessageType type) {
        if (value == null || !value.matches("-?\\d{1,4}")) {
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

    private static Money money(Element body, String name) {
        String value = SafeXml.child(body, name);
        if (value == null || !value.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            throw new UnsafeXml("CEB816 " + name + " is not an amount");
        }
        return new Money(new BigDecimal(value), Money.CNY);
    }

    private static String safe(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
