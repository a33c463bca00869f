package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.Company;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.Person;
import io.kuajing.customs.domain.declaration.CustomsMessages;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.UnsignedMessage;
import io.kuajing.customs.domain.reference.CustomsCountries;
import io.kuajing.customs.domain.reference.LegalUnits;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** Builds the CEB messages with JAXB from a declaration request; the XML is never assembled by hand. */
public class JaxbCustomsMessages implements CustomsMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final JAXBContext CONTEXT = context();

    /** Customs' country code 701 国别不详: a country nobody has told us is declared as unknown, never guessed. */
    static final String COUNTRY_UNKNOWN = "701";
    /** Bonded import declares the head's country as China (142): the goods leave the bonded zone into China. */
    static final String COUNTRY_CHINA = "142";

    private final CustomsCountries countries;
    private final LegalUnits legalUnits;
    private final String dxpId;
    private final Supplier<String> guids;
    private final Company transmitter;

    /**
     * Every message is transmitted by the platform's single-window client (BaseTransfer copCode/copName: customs
     * checks they are the client's identity), whose DXP user number is {@code dxpId}.
     */
    public JaxbCustomsMessages(CustomsCountries countries, LegalUnits legalUnits, String dxpId) {
        this(countries, legalUnits, dxpId, () -> UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
    }

    /**
     * Every message is transmitted by Kuajing's own single-window client, registered as {@code transmitter}, also
     * for an order sold on a sales channel, whose platform (ebp) is the channel's (ADR 0033).
     */
    public JaxbCustomsMessages(CustomsCountries countries, LegalUnits legalUnits, String dxpId, Company transmitter) {
        this(countries, legalUnits, dxpId, () -> UUID.randomUUID().toString().toUpperCase(Locale.ROOT), transmitter);
    }

    /** With a guid source of its own, for reproducible (golden) messages. */
    public JaxbCustomsMessages(CustomsCountries countries, LegalUnits legalUnits, String dxpId,
                               Supplier<String> guids) {
        this(countries, legalUnits, dxpId, guids, null);
    }

    private JaxbCustomsMessages(CustomsCountries countries, LegalUnits legalUnits, String dxpId,
                                Supplier<String> guids, Company transmitter) {
        this.countries = countries;
        this.legalUnits = legalUnits;
        this.dxpId = dxpId;
        this.guids = guids;
        this.transmitter = transmitter;
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(Ceb311Message.class, Ceb411Message.class, Ceb511Message.class,
                    Ceb621Message.class, Ceb623Message.class, Ceb625Message.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("CEB JAXB model is broken", e);
        }
    }

    @Override
    public String forOperators(byte[] xml) {
        return ReadableMessage.of(xml);
    }

    @Override
    public String newGuid() {
        return guids.get();
    }

    @Override
    public List<UnsignedMessage> declare(DeclarationRequest r, String copNo, Instant at) {
        String time = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        // The inventory list first: it is where a product that is not declarable (no legal unit) is found.
        BuiltMessage inventory = inventory(r, copNo, newGuid(), at);
        return List.of(order(r, newGuid(), time), payment(r, newGuid(), at), waybill(r, newGuid(), time), inventory);
    }

    private BuiltMessage order(DeclarationRequest r, String guid, String time) {
        Ceb311Message m = new Ceb311Message();
        m.guid = guid;
        var h = m.order.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = time;
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.orderNo = r.orderNo();
        h.ebpCode = r.order().platform().code();
        h.ebpName = r.order().platform().name();
        h.ebcCode = r.order().seller().code();
        h.ebcName = r.order().seller().name();
        h.goodsValue = amount(r.order().goodsValue());
        h.freight = amount(r.order().freight());
        h.discount = amount(r.order().discount());
        h.taxTotal = amount(r.order().taxTotal());
        h.acturalPaid = amount(r.order().acturalPaid());
        h.currency = CustomsCountries.CNY_CURRENCY_CODE;
        h.buyerRegNo = r.order().buyerRegNo();
        Person buyer = r.order().buyer();
        h.buyerName = buyer.name();
        h.buyerTelephone = buyer.telephone();
        h.buyerIdType = Ceb.ID_TYPE_RESIDENT_CARD;
        h.buyerIdNumber = buyer.idNumber().value();
        h.payCode = r.payment().paymentCompany().code();
        h.payName = r.payment().paymentCompany().name();
        h.payTransactionId = r.payment().payTransactionId();
        h.consignee = r.order().consignee().name();
        h.consigneeTelephone = r.order().consignee().telephone();
        h.consigneeAddress = r.order().consignee().address();
        for (int i = 0; i < r.lines().size(); i++) {
            DeclaredLine line = r.lines().get(i);
            var l = new Ceb311Message.OrderList();
            l.gnum = line.gnum();
            l.itemNo = fits(line.itemNo(), 30);
            l.itemName = line.itemName();
            l.gmodel = line.gmodel();
            l.barCode = line.barCode();
            l.unit = line.unit();
            l.qty = line.qty();
            l.price = amount(line.price());
            l.totalPrice = amount(line.totalPrice());
            l.currency = CustomsCountries.CNY_CURRENCY_CODE;
            l.country = country(line.origin(), "lines[" + i + "].origin");
            m.order.lines.add(l);
        }
        m.baseTransfer = transfer(r.order().platform());
        return message(MessageType.CEB311, r.orderNo(), guid, m);
    }

    private BuiltMessage payment(DeclarationRequest r, String guid, Instant at) {
        Ceb411Message m = new Ceb411Message();
        m.guid = guid;
        var h = m.payment.head;
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.payCode = r.payment().paymentCompany().code();
        h.payName = r.payment().paymentCompany().name();
        h.payTransactionId = r.payment().payTransactionId();
        h.orderNo = r.orderNo();
        h.ebpCode = r.order().platform().code();
        h.ebpName = r.order().platform().name();
        Person payer = r.payment().payer();
        h.payerIdType = Ceb.ID_TYPE_RESIDENT_CARD;
        h.payerIdNumber = payer.idNumber().value();
        h.payerName = payer.name();
        h.telephone = payer.telephone();
        h.amountPaid = amount(r.payment().amountPaid());
        h.currency = CustomsCountries.CNY_CURRENCY_CODE;
        h.payTime = Ceb.TIME.format(r.payment().payTime().atZone(ChinaTime.ZONE));
        m.baseTransfer = transfer(r.order().platform());
        return message(MessageType.CEB411, r.orderNo(), guid, m);
    }

    private BuiltMessage waybill(DeclarationRequest r, String guid, String time) {
        Ceb511Message m = new Ceb511Message();
        m.guid = guid;
        var h = m.logistics.head;
        var w = r.waybill();
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = time;
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.logisticsCode = w.logisticsCompany().code();
        h.logisticsName = w.logisticsCompany().name();
        h.logisticsNo = w.logisticsNo();
        h.billNo = w.billNo();
        h.orderNo = r.orderNo();
        h.freight = amount(w.freight());
        h.insuredFee = amount(w.insuredFee());
        h.currency = CustomsCountries.CNY_CURRENCY_CODE;
        h.weight = w.grossWeight();
        h.packNo = w.packNo();
        h.goodsInfo = w.goodsInfo();
        h.consignee = w.consignee().name();
        h.consigneeAddress = w.consignee().address();
        h.consigneeTelephone = w.consignee().telephone();
        m.baseTransfer = transfer(r.order().platform());
        return message(MessageType.CEB511, r.orderNo(), guid, m);
    }

    private BuiltMessage inventory(DeclarationRequest r, String copNo, String guid, Instant at) {
        Ceb621Message m = new Ceb621Message();
        m.guid = guid;
        var h = m.inventory.head;
        var w = r.waybill();
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.orderNo = r.orderNo();
        h.ebpCode = r.order().platform().code();
        h.ebpName = r.order().platform().name();
        h.ebcCode = r.order().seller().code();
        h.ebcName = r.order().seller().name();
        h.logisticsNo = w.logisticsNo();
        h.logisticsCode = w.logisticsCompany().code();
        h.logisticsName = w.logisticsCompany().name();
        h.copNo = copNo;
        h.assureCode = r.broker().code();
        h.emsNo = r.regime().isBonded() ? r.emsNo() : null;
        h.declTime = DAY.format(at.atZone(ChinaTime.ZONE));
        h.customsCode = r.portCode();
        h.portCode = r.portCode();
        Person buyer = r.order().buyer();
        h.buyerIdType = Ceb.ID_TYPE_RESIDENT_CARD;
        h.buyerIdNumber = buyer.idNumber().value();
        h.buyerName = buyer.name();
        h.buyerTelephone = buyer.telephone();
        h.consigneeAddress = r.order().consignee().address();
        h.agentCode = r.broker().code();
        h.agentName = r.broker().name();
        if (r.regime().isBonded()) {
            h.areaCode = r.areaOperator().code();
            h.areaName = r.areaOperator().name();
        }
        h.tradeMode = r.regime().code();
        h.trafMode = r.transportMode();
        if (!r.regime().isBonded()) {
            // Direct mail names the line haul; bonded goods are already in the zone (免填).
            h.trafNo = w.trafNo();
            h.voyageNo = w.voyageNo();
            h.billNo = w.billNo();
        }
        h.country = r.regime().isBonded() ? COUNTRY_CHINA : country(w.departureCountry(), "waybill.departureCountry");
        // Freight as the logistics company charged it (CEB511), which is the order's freight (rules: equal).
        h.freight = amount(w.freight());
        h.insuredFee = amount(w.insuredFee());
        h.currency = CustomsCountries.CNY_CURRENCY_CODE;
        h.packNo = w.packNo();
        h.grossWeight = w.grossWeight();
        h.netWeight = w.netWeight();
        LocalDate today = LocalDate.ofInstant(at, ChinaTime.ZONE);
        for (int i = 0; i < r.lines().size(); i++) {
            DeclaredLine line = r.lines().get(i);
            var l = new Ceb621Message.InventoryList();
            l.gnum = line.gnum();
            l.itemRecordNo = r.regime().isBonded() ? line.itemNo() : null;
            l.itemNo = fits(line.itemNo(), 20);
            l.itemName = line.itemName();
            l.gcode = line.hsCode().value();
            l.gname = line.itemName();
            l.gmodel = line.gmodel();
            l.barCode = line.barCode();
            l.country = country(line.origin(), "lines[" + i + "].origin");
            l.currency = CustomsCountries.CNY_CURRENCY_CODE;
            l.qty = line.qty();
            l.unit = line.unit();
            LegalUnits.Quantities legal = legalUnits.quantities(line.hsCode(), line.unit(), line.qty(),
                    line.netWeightKg(), today, "lines[" + i + "]");
            l.qty1 = legal.qty1();
            l.unit1 = legal.unit1();
            l.qty2 = legal.qty2();
            l.unit2 = legal.unit2();
            l.price = amount(line.price());
            l.totalPrice = amount(line.totalPrice());
            m.inventory.lines.add(l);
        }
        m.baseTransfer = transfer(r.order().platform());
        return message(MessageType.CEB621, r.orderNo(), guid, m);
    }

    @Override
    public BuiltMessage envelope(List<? extends UnsignedMessage> members) {
        return CebEnvelopes.of(newGuid(), members);
    }

    @Override
    public BuiltMessage cancel(Declaration d, Person buyer, String reason, Instant at) {
        String guid = newGuid();
        Ceb623Message m = new Ceb623Message();
        m.guid = guid;
        fillFollowUp(m.cancel, d, buyer, reason, guid, at);
        m.baseTransfer = transfer(d.parties().platform());
        return message(MessageType.CEB623, d.orderNo(), guid, m);
    }

    @Override
    public BuiltMessage refund(Declaration d, Person buyer, String reason, Instant at) {
        String guid = newGuid();
        Ceb625Message m = new Ceb625Message();
        m.guid = guid;
        fillFollowUp(m.refund.head, d, buyer, reason, guid, at);
        for (DeclarationLine line : d.lines()) {
            if (line.requestedReturnQty().signum() > 0) {
                var l = new Ceb625Message.InvtRefundList();
                l.gnum = line.gnum();
                l.gcode = line.hsCode().value();
                l.gname = line.itemName();
                l.qty = line.requestedReturnQty();
                l.unit = line.unit();
                m.refund.lines.add(l);
            }
        }
        m.baseTransfer = transfer(d.parties().platform());
        return message(MessageType.CEB625, d.orderNo(), guid, m);
    }

    private void fillFollowUp(Ceb623Message.InvtCancel h, Declaration d, Person buyer, String reason,
                                     String guid, Instant at) {
        h.guid = guid;
        h.appType = Ceb.APP_TYPE_NEW;
        h.appTime = Ceb.TIME.format(at.atZone(ChinaTime.ZONE));
        h.appStatus = Ceb.APP_STATUS_DECLARE;
        h.customsCode = d.portCode();
        h.orderNo = d.orderNo();
        h.ebpCode = d.parties().platform().code();
        h.ebpName = d.parties().platform().name();
        h.ebcCode = d.parties().seller().code();
        h.ebcName = d.parties().seller().name();
        h.logisticsNo = d.logisticsNo();
        h.logisticsCode = d.parties().logistics().code();
        h.logisticsName = d.parties().logistics().name();
        h.copNo = d.copNo();
        h.preNo = d.preNo();
        h.invtNo = d.invtNo();
        h.buyerIdType = Ceb.ID_TYPE_RESIDENT_CARD;
        h.buyerIdNumber = buyer.idNumber().value();
        h.buyerName = buyer.name();
        h.buyerTelephone = buyer.telephone();
        h.agentCode = d.parties().agent().code();
        h.agentName = d.parties().agent().name();
        h.reason = reason;
    }

    /** The transmitting client: Kuajing's own registration when known, else the order's platform. */
    private BaseTransfer transfer(Company platform) {
        Company client = transmitter != null ? transmitter : platform;
        return new BaseTransfer(client.code(), client.name(), dxpId);
    }

    private String country(CountryCode country, String field) {
        return country == null ? COUNTRY_UNKNOWN : countries.codeOf(country, field);
    }

    /** An optional field customs limits shorter than our value: left out rather than cut (a cut SKU is wrong). */
    private static String fits(String value, int maxLength) {
        return value == null || value.length() > maxLength ? null : value;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static BuiltMessage message(MessageType type, String orderNo, String guid, Object jaxb) {
        try {
            return new BuiltMessage(type, orderNo, guid, CebDocuments.marshal(CONTEXT, jaxb));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + type + " for order " + orderNo, e);
        }
    }
}
