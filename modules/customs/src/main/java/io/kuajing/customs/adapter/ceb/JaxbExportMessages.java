package io.kuajing.customs.adapter.ceb;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.kuajing.customs.Company;
import io.kuajing.customs.ExportArrival;
import io.kuajing.customs.ExportCancellation;
import io.kuajing.customs.ExportDeclarationRequest;
import io.kuajing.customs.ExportDeclaredLine;
import io.kuajing.customs.ExportDeparture;
import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.ExportPaymentReceived;
import io.kuajing.customs.ExportSummary;
import io.kuajing.customs.adapter.ceb.SafeXml.UnsafeXml;
import io.kuajing.customs.domain.reference.CustomsCountries;
import io.kuajing.customs.domain.reference.CustomsCurrencies;
import io.kuajing.customs.domain.reference.LegalUnits;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The export messages (9610 parcels, 9810 consignments) with JAXB (never XML by hand) and the reading of their receipts. Amounts are the declared
 * values in CNY (currency 142) on the order and the inventory list alike, so the two agree as customs checks; freight
 * and insurance are totals (flag 3); parcels are cartons (wrapType 2).
 */
public class JaxbExportMessages implements ExportMessages {

    private static final JAXBContext CONTEXT = context();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    static final String TOTAL_PRICE_FLAG = "3";
    static final String WRAP_CARTON = "2";
    static final String SIMPLIFIED = "A";
    static final String SUMMARY = "B";
    /** CEB701 summaryFlag 1: summed up by consignor (收发货人) alone; itemNameFlag 1: by the lists' item names. */
    static final String BY_CONSIGNOR = "1";
    static final String BY_ITEM_NAME = "1";

    private final CustomsCountries countries;
    private final CustomsCurrencies currencies;
    private final LegalUnits legalUnits;
    private final String dxpId;
    private final Supplier<String> guids;
    private final int maxReceiptBytes;

    public JaxbExportMessages(CustomsCountries countries, CustomsCurrencies currencies, LegalUnits legalUnits,
                              String dxpId) {
        this(countries, currencies, legalUnits, dxpId, () -> UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
    }

    public JaxbExportMessages(CustomsCountries countries, CustomsCurrencies currencies, LegalUnits legalUnits,
                              String dxpId, Supplier<String> guids) {
        this.countries = countries;
        this.currencies = currencies;
        this.legalUnits = legalUnits;
        this.dxpId = dxpId;
        this.guids = guids;
        this.maxReceiptBytes = 256 * 1024;
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(Ceb303Message.class, Ceb403Message.class, Ceb505Message.class,
                    Ceb507Message.class, Ceb509Message.class, Ceb603Message.class, Ceb605Message.class, Ceb701Message.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("CEB export JAXB model is broken", e);
        }
    }

    @Override
    public List<ExportMessage> declare(ExportDeclarationRequest r, Instant at) {
        check(r);
        String time = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        // The inventory list first: it is where a product customs cannot count (no legal unit) is found.
        ExportMessage inventory = inventory(r, guids.get(), time, LocalDate.ofInstant(at, ChinaTime.ZONE));
        return List.of(order(r, guids.get(), time), waybill(r, guids.get(), time), inventory);
    }

    private ExportMessage order(ExportDeclarationRequest r, String guid, String time) {
        Ceb303Message m = new Ceb303Message();
        m.guid = guid;
        var h = m.order.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = time;
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.orderType = r.tradeMode().orderType();
        h.orderNo = r.orderNo();
        h.ebpCode = r.platform().code();
        h.ebpName = r.platform().name();
        h.ebcCode = r.vendor().code();
        h.ebcName = r.vendor().name();
        h.goodsValue = r.lines().stream().map(ExportDeclaredLine::totalPrice).reduce(Money.zero(Money.CNY), Money::plus).amount();
        h.freight = r.freight().amount();
        h.currency = CustomsCountries.CNY_CURRENCY_CODE;
        for (ExportDeclaredLine line : r.lines()) {
            var l = new Ceb303Message.OrderList();
            l.gnum = line.gnum();
            l.itemNo = line.itemNo();
            l.itemName = line.itemName();
            l.barCode = line.barCode();
            l.unit = line.unit();
            l.currency = CustomsCountries.CNY_CURRENCY_CODE;
            l.qty = line.qty();
            l.price = line.price().amount();
            l.totalPrice = line.totalPrice().amount();
            m.order.lines.add(l);
        }
        m.baseTransfer = transfer(r.platform());
        return message("CEB303", r.orderNo(), guid, m);
    }

    private ExportMessage waybill(ExportDeclarationRequest r, String guid, String time) {
        Ceb505Message m = new Ceb505Message();
        m.guid = guid;
        var h = m.logistics;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = time;
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.logisticsCode = r.logistics().code();
        h.logisticsName = r.logistics().name();
        h.logisticsNo = r.logisticsNo();
        h.freight = r.freight().amount();
        h.insuredFee = r.insuredFee().amount();
        h.currency = CustomsCountries.CNY_CURRENCY_CODE;
        h.grossWeight = r.grossWeightKg();
        h.packNo = r.packages();
        h.goodsInfo = r.goodsInfo();
        h.ebcCode = r.vendor().code();
        h.ebcName = r.vendor().name();
        m.baseTransfer = transfer(r.platform());
        return message("CEB505", r.orderNo(), guid, m);
    }

    private ExportMessage inventory(ExportDeclarationRequest r, String guid, String time, LocalDate today) {
        Ceb603Message m = new Ceb603Message();
        m.guid = guid;
        var h = m.inventory.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = time;
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.customsCode = r.customsCode();
        h.ebpCode = r.platform().code();
        h.ebpName = r.platform().name();
        h.orderNo = r.orderNo();
        h.logisticsCode = r.logistics().code();
        h.logisticsName = r.logistics().name();
        h.logisticsNo = r.logisticsNo();
        h.copNo = r.copNo();
        h.portCode = r.portCode();
        h.ieDate = DAY.format(r.exportDate());
        h.statisticsFlag = r.summaryDeclaration() ? SUMMARY : SIMPLIFIED;
        h.agentCode = r.broker().code();
        h.agentName = r.broker().name();
        h.ebcCode = r.vendor().code();
        h.ebcName = r.vendor().name();
        // The vendor sells its own goods: it is also the producing / selling unit (生产销售单位).
        h.ownerCode = r.vendor().code();
        h.ownerName = r.vendor().name();
        h.tradeMode = r.tradeMode().code();
        h.trafMode = r.transportMode();
        String destination = countries.codeOf(r.destination(), "destination");
        h.country = destination;
        h.pod = r.destinationPort();
        h.freight = r.freight().amount();
        h.fCurrency = CustomsCountries.CNY_CURRENCY_CODE;
        h.fFlag = TOTAL_PRICE_FLAG;
        h.insuredFee = r.insuredFee().amount();
        h.iCurrency = CustomsCountries.CNY_CURRENCY_CODE;
        h.iFlag = TOTAL_PRICE_FLAG;
        h.wrapType = WRAP_CARTON;
        h.packNo = r.packages();
        h.grossWeight = r.grossWeightKg();
        h.netWeight = r.netWeightKg();
        for (int i = 0; i < r.lines().size(); i++) {
            ExportDeclaredLine line = r.lines().get(i);
            var l = new Ceb603Message.InventoryList();
            l.gnum = line.gnum();
            l.itemNo = line.itemNo();
            l.itemName = line.itemName();
            l.gcode = line.hsCode().value();
            l.gname = line.itemName();
            l.gmodel = line.gmodel();
            l.barCode = line.barCode();
            l.country = destination;
            l.currency = CustomsCountries.CNY_CURRENCY_CODE;
            l.qty = line.qty();
            l.unit = line.unit();
            LegalUnits.Quantities legal = legalUnits.quantities(line.hsCode(), line.unit(), line.qty(), line.netWeightKg(),
                    today, "lines[" + i + "]");
            l.qty1 = legal.qty1();
            l.unit1 = legal.unit1();
            l.qty2 = legal.qty2();
            l.unit2 = legal.unit2();
            l.price = line.price().amount();
            l.totalPrice = line.totalPrice().amount();
            m.inventory.lines.add(l);
        }
        m.baseTransfer = transfer(r.platform());
        return message("CEB603", r.orderNo(), guid, m);
    }

    @Override
    public ExportMessage arrival(ExportArrival a, Instant at) {
        require(a.customsCode() != null && a.customsCode().matches("[0-9]{4}"), "customsCode", "4 digits");
        require(a.copNo() != null && a.copNo().length() <= 30, "copNo", "at most 30 characters");
        require(a.transportMode() != null && a.transportMode().matches("[0-9A-Z]"), "transportMode", "one customs code character");
        require(a.domesticVehicle() != null && !a.domesticVehicle().isBlank() && a.domesticVehicle().length() <= 100,
                "domesticVehicle", "1 to 100 characters");
        require(!a.logisticsNos().isEmpty(), "logisticsNos", "at least one parcel");
        String guid = guids.get();
        Ceb507Message m = new Ceb507Message();
        m.guid = guid;
        var h = m.arrival.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.customsCode = a.customsCode();
        h.copNo = a.copNo();
        h.operatorCode = a.siteOperator().code();
        h.operatorName = a.siteOperator().name();
        h.loctNo = a.siteCode();
        h.trafMode = a.transportMode();
        h.billNo = a.billNo();
        h.domesticTrafNo = a.domesticVehicle();
        h.logisticsCode = a.logistics().code();
        h.logisticsName = a.logistics().name();
        // One message, not split: count 1, number 1.
        h.msgCount = 1;
        h.msgSeqNo = 1;
        for (int i = 0; i < a.logisticsNos().size(); i++) {
            String no = a.logisticsNos().get(i);
            require(no != null && !no.isBlank() && no.length() <= 32, "logisticsNos[" + i + "]", "1 to 32 characters");
            var l = new Ceb507Message.ArrivalList();
            l.gnum = i + 1;
            l.logisticsNo = no;
            m.arrival.lines.add(l);
        }
        m.baseTransfer = transfer(a.siteOperator());
        return message("CEB507", a.copNo(), guid, m);
    }

    @Override
    public ExportMessage departure(ExportDeparture d, Instant at) {
        require(d.customsCode() != null && d.customsCode().matches("[0-9]{4}"), "customsCode", "4 digits");
        require(d.copNo() != null && d.copNo().length() <= 30, "copNo", "at most 30 characters");
        require(d.transportMode() != null && d.transportMode().matches("[0-9A-Z]"), "transportMode", "one customs code character");
        require(d.billNo() == null || d.billNo().length() <= 37, "billNo", "at most 37 characters");
        require(d.voyageNo() == null || d.voyageNo().length() <= 32, "voyageNo", "at most 32 characters");
        require(d.leftAt() != null, "leftAt", "required");
        require(!d.logisticsNos().isEmpty(), "logisticsNos", "at least one parcel");
        String guid = guids.get();
        Ceb509Message m = new Ceb509Message();
        m.guid = guid;
        var h = m.departure.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.customsCode = d.customsCode();
        h.copNo = d.copNo();
        h.logisticsCode = d.logistics().code();
        h.logisticsName = d.logistics().name();
        h.trafMode = d.transportMode();
        h.trafName = d.transportName();
        h.voyageNo = d.voyageNo();
        h.billNo = d.billNo();
        h.leaveTime = Ceb.TIME.format(d.leftAt().atZone(ChinaTime.ZONE));
        // One message, not split: count 1, number 1.
        h.msgCount = 1;
        h.msgSeqNo = 1;
        for (int i = 0; i < d.logisticsNos().size(); i++) {
            String no = d.logisticsNos().get(i);
            require(no != null && !no.isBlank() && no.length() <= 32, "logisticsNos[" + i + "]", "1 to 32 characters");
            var l = new Ceb509Message.DepartureList();
            l.gnum = i + 1;
            l.logisticsNo = no;
            m.departure.lines.add(l);
        }
        m.baseTransfer = transfer(d.logistics());
        return message("CEB509", d.copNo(), guid, m);
    }

    @Override
    public ExportMessage paymentReceived(ExportPaymentReceived p, Instant at) {
        require(p.orderNo() != null && !p.orderNo().isBlank() && p.orderNo().length() <= 60, "orderNo", "1 to 60 characters");
        require(p.payerCode() == null || p.payerCode().length() <= 18, "payerCode", "at most 18 characters");
        require(p.payerName() != null && !p.payerName().isBlank() && p.payerName().length() <= 100, "payerName", "1 to 100 characters");
        require(p.paymentNo() == null || p.paymentNo().length() <= 60, "paymentNo", "at most 60 characters");
        require(p.charge() != null && p.charge().amount().signum() > 0, "charge", "a positive amount");
        require(p.bookedAt() != null, "bookedAt", "required");
        String guid = guids.get();
        Ceb403Message m = new Ceb403Message();
        m.guid = guid;
        var r = m.receipts;
        r.guid = guid;
        r.appType = Ceb.APP_TYPE_NEW;
        r.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        r.appStatus = Ceb.APP_STATUS_DECLARE;
        r.ebpCode = p.platform().code();
        r.ebpName = p.platform().name();
        r.ebcCode = p.vendor().code();
        r.ebcName = p.vendor().name();
        r.orderNo = p.orderNo();
        r.payCode = p.payerCode();
        r.payName = p.payerName();
        r.payNo = p.paymentNo();
        r.charge = p.charge().amount();
        r.currency = currencies.codeOf(p.charge().currency(), "charge.currency");
        r.accountingDate = Ceb.TIME.format(p.bookedAt().atZone(ChinaTime.ZONE));
        m.baseTransfer = transfer(p.vendor());
        return message("CEB403", p.orderNo(), guid, m);
    }

    @Override
    public ExportMessage cancellation(ExportCancellation c, Instant at) {
        require(c.customsCode() != null && c.customsCode().matches("[0-9]{4}"), "customsCode", "4 digits");
        require(c.copNo() != null && c.copNo().length() <= 30, "copNo", "at most 30 characters");
        require(c.invtNo() != null && !c.invtNo().isBlank() && c.invtNo().length() <= 20, "invtNo", "1 to 20 characters");
        require(c.reason() != null && !c.reason().isBlank() && c.reason().length() <= 1000, "reason", "1 to 1000 characters");
        String guid = guids.get();
        Ceb605Message m = new Ceb605Message();
        m.guid = guid;
        var h = m.cancel;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.customsCode = c.customsCode();
        h.copNo = c.copNo();
        h.invtNo = c.invtNo();
        h.reason = c.reason();
        h.agentCode = c.agent().code();
        h.agentName = c.agent().name();
        h.ebcCode = c.vendor().code();
        h.ebcName = c.vendor().name();
        m.baseTransfer = transfer(c.agent());
        return message("CEB605", c.copNo(), guid, m);
    }

    /**
     * Summed up by consignor alone (summaryFlag 1: Kuajing declares no producing company apart from the vendor) and
     * by the lists' own item names (itemNameFlag 1), naming the lists rather than a time range (the schema ignores
     * the lists when startTime and endTime are given).
     */
    @Override
    public ExportMessage summary(ExportSummary s, Instant at) {
        require(s.customsCode() != null && s.customsCode().matches("[0-9]{4}"), "customsCode", "4 digits");
        require(s.copNo() != null && s.copNo().length() <= 30, "copNo", "at most 30 characters");
        require(!s.invtNos().isEmpty(), "invtNos", "at least one inventory list");
        String guid = guids.get();
        Ceb701Message m = new Ceb701Message();
        m.guid = guid;
        var h = m.apply.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.customsCode = s.customsCode();
        h.copNo = s.copNo();
        h.agentCode = s.broker().code();
        h.agentName = s.broker().name();
        h.ebcCode = s.vendor().code();
        h.ebcName = s.vendor().name();
        h.declAgentCode = s.broker().code();
        h.declAgentName = s.broker().name();
        h.summaryFlag = BY_CONSIGNOR;
        h.itemNameFlag = BY_ITEM_NAME;
        h.msgCount = 1;
        h.msgSeqNo = 1;
        for (int i = 0; i < s.invtNos().size(); i++) {
            String no = s.invtNos().get(i);
            require(no != null && !no.isBlank() && no.length() <= 20, "invtNos[" + i + "]", "1 to 20 characters");
            var l = new Ceb701Message.SummaryApplyList();
            l.invtNo = no;
            m.apply.lists.add(l);
        }
        m.baseTransfer = transfer(s.broker());
        return message("CEB701", s.copNo(), guid, m);
    }

    /** What the schema would refuse only after signing, refused first, naming the field (nothing is sent). */
    private static void check(ExportDeclarationRequest r) {
        require(r.tradeMode() != null, "tradeMode", "required");
        require(r.orderNo() != null && r.orderNo().length() <= 60, "orderNo", "at most 60 characters");
        require(r.copNo() != null && r.copNo().length() <= 30, "copNo", "at most 30 characters");
        require(r.logisticsNo() != null && r.logisticsNo().length() <= 32, "logisticsNo", "at most 32 characters");
        require(r.customsCode() != null && r.customsCode().matches("[0-9]{4}"), "customsCode", "4 digits");
        require(r.portCode() != null && r.portCode().matches("[0-9]{4}"), "portCode", "4 digits");
        require(r.transportMode() != null && r.transportMode().matches("[0-9A-Z]"), "transportMode", "one customs code character");
        require(r.destinationPort() != null && r.destinationPort().matches("[0-9A-Z]{3,4}"), "destinationPort", "3 or 4 characters");
        require(r.goodsInfo() != null && !r.goodsInfo().isBlank() && r.goodsInfo().length() <= 200, "goodsInfo", "1 to 200 characters");
        require(r.packages() >= 1, "packages", "at least 1");
        require(!r.lines().isEmpty() && r.lines().size() <= 100, "lines", "1 to 100 lines");
        for (int i = 0; i < r.lines().size(); i++) {
            ExportDeclaredLine l = r.lines().get(i);
            require(l.itemNo() != null && l.itemNo().length() <= 20, "lines[" + i + "].itemNo", "at most 20 characters");
            require(Money.CNY.equals(l.price().currency()) && Money.CNY.equals(l.totalPrice().currency()),
                    "lines[" + i + "].price", "declared in CNY");
        }
    }

    private static void require(boolean ok, String field, String rule) {
        if (!ok) {
            throw new RuleViolation(field, "ceb-export-field", field + ": " + rule + " (海关跨境出口业务节点报文 2022-05)");
        }
    }

    @Override
    public List<ExportReceipt> receipts(byte[] xml) {
        Document document = SafeXml.parse(xml, maxReceiptBytes);
        Element root = document.getDocumentElement();
        if (!Ceb.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new UnsafeXml("root element is not in the CEB namespace " + Ceb.NAMESPACE);
        }
        String type = root.getLocalName().replace("Message", "");
        String body;
        String key;
        switch (type) {
            case "CEB304" -> { body = "OrderReturn"; key = "orderNo"; }
            case "CEB506" -> { body = "LogisticsReturn"; key = "logisticsNo"; }
            case "CEB604" -> { body = "InventoryReturn"; key = "copNo"; }
            case "CEB508" -> { body = "ArrivalReturn"; key = "copNo"; }
            case "CEB510" -> { body = "DepartureReturn"; key = "copNo"; }
            case "CEB606" -> { body = "InvtCancelReturn"; key = "invtNo"; }
            case "CEB404" -> { body = "ReceiptsReturn"; key = "orderNo"; }
            case "CEB702" -> { body = "SummaryReturn"; key = "copNo"; }
            default -> throw new UnsafeXml("not an export receipt this product reads: " + type.replaceAll("[^A-Za-z0-9]", "?"));
        }
        List<ExportReceipt> receipts = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && body.equals(e.getLocalName()) && Ceb.NAMESPACE.equals(e.getNamespaceURI())) {
                receipts.add(new ExportReceipt(type, required(e, key, type), status(e, type), SafeXml.child(e, "returnInfo"),
                        time(SafeXml.child(e, "returnTime"), type), SafeXml.child(e, "preNo"), SafeXml.child(e, "invtNo")));
            }
        }
        if (receipts.isEmpty()) {
            throw new UnsafeXml(type + " without its " + body + " element");
        }
        return receipts;
    }

    private static String required(Element e, String name, String type) {
        String value = SafeXml.child(e, name);
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new UnsafeXml(type + " without a usable " + name);
        }
        return value;
    }

    private static int status(Element e, String type) {
        try {
            return Integer.parseInt(SafeXml.child(e, "returnStatus").strip());
        } catch (RuntimeException bad) {
            throw new UnsafeXml(type + " with a returnStatus that is not a number");
        }
    }

    private static Instant time(String value, String type) {
        try {
            return java.time.LocalDateTime.parse(value.strip(), RECEIPT_TIME).atZone(ChinaTime.ZONE).toInstant();
        } catch (DateTimeParseException | NullPointerException bad) {
            throw new UnsafeXml(type + " with a returnTime that is not yyyyMMddHHmmssfff");
        }
    }

    private BaseTransfer transfer(Company platform) {
        return new BaseTransfer(platform.code(), platform.name(), dxpId);
    }

    private static ExportMessage message(String type, String orderNo, String guid, Object jaxb) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(jaxb, out);
            return new ExportMessage(type, orderNo, guid, out.toByteArray());
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + type + " for order " + orderNo, e);
        }
    }
}
