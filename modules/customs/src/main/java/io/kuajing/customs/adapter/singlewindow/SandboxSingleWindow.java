package io.kuajing.customs.adapter.singlewindow;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.kuajing.customs.CustomsSandbox;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.adapter.ceb.Ceb;
import io.kuajing.customs.adapter.ceb.CebEnvelopes;
import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.ReceiptStatus;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.eligibility.Eligibility;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.tax.BasketTax;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.domain.tax.TaxableLine;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A customs stand-in for development, demos and tests. It checks what customs checks — a valid signature, the
 * three documents present and consistent with the inventory list (三单比对), ID number checksums, the positive
 * list, the per-transaction and annual limits on its own ledger of the buyer's cleared purchases — and answers
 * with receipts in the real format: CEB312/412/512 (120 or 100), then CEB622 120 accepted, 800 released, the
 * CEB816 tax bill and 899 cleared, one step per {@code delay}; CEB624/626 for cancellations and returns. A 9610
 * export parcel's order and waybill are answered CEB304/506 (120 or 100), its inventory list CEB604 120 then 399,
 * its arrival and departure reports CEB508 / CEB510, a list's withdrawal CEB606 and a summary declaration CEB702 2
 * then 399; the vendor's receipt of payment (CEB403) CEB404 120 (filed: customs' final word on it) or 100.
 * Its state is a {@link SandboxState}: in the database, so every instance on it is the same customs, and a restart
 * forgets nothing (ADR 0015).
 */
public class SandboxSingleWindow implements SingleWindow, CustomsSandbox {

    private static final int MAX_MESSAGE = 4 << 20;
    private static final String UNSIGNED = "签名验证失败 signature invalid";
    /** returnStatus 2: 电子口岸申报中, the single window took the document and declares it to customs. */
    private static final int DECLARING = 2;
    /** What customs' documents say where a required field has no value (无), as our lists' bar codes do. */
    private static final String NONE = "无";
    /** The documents an inventory list is compared with: an import list's three, an export list's two. */
    private static final Set<MessageType> COMPARED_WITH_LISTS = EnumSet.of(MessageType.CEB311, MessageType.CEB411,
            MessageType.CEB511, MessageType.CEB303, MessageType.CEB505);

    private final PositiveListEditions positiveList;
    private final CbecLimits.Schedule limits;
    private final TaxCalculator taxes;
    private final PublicKey signerKey;
    private final Duration delay;
    private final Clock clock;
    private final ReceiptXml receipts = new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES);
    private final SandboxState state;
    private final ReadDocuments read = new ReadDocuments(MAX_MESSAGE);
    /** How long an instance that took due receipts has to apply them before another may take them again. */
    private final Duration claim;

    /** @param signerKey the declaring company's public key; null skips the signature check */
    SandboxSingleWindow(PositiveListEditions positiveList, CbecLimits.Schedule limits, TaxCalculator taxes,
                               PublicKey signerKey, Duration delay, Clock clock, SandboxState state, Duration claim) {
        this.state = state;
        this.claim = claim;
        this.positiveList = positiveList;
        this.limits = limits;
        this.taxes = taxes;
        this.signerKey = signerKey;
        this.delay = delay;
        this.clock = clock;
    }

    @Override
    public void buyerSpentElsewhere(ChineseIdNumber buyer, Money amount) {
        state.spend(ledgerKey(buyer.value(), clock.instant()), amount);
    }

    @Override
    public void refuseNextFollowUp(String orderNo, String reason) {
        state.refuseNext(orderNo, reason);
    }

    @Override
    public void send(OutgoingMessage message) {
        state.atomically(() -> {
            answer(message);
            return null;
        });
    }

    /**
     * One parse and one signature check per message, as customs makes them, then each document it carries answered on
     * its own: an envelope of up to 100 orders' (ADR 0047) is filed as that many messages of one order each would be,
     * named by each document's own order number.
     */
    private void answer(OutgoingMessage message) {
        Instant now = clock.instant();
        Document document = SafeXml.parse(message.xml(), MAX_MESSAGE);
        Element root = document.getDocumentElement();
        boolean signed = signerKey == null || XmlDsigSigner.verify(document, signerKey);
        List<Element> documents = CebEnvelopes.documents(root);
        if (documents.size() <= 1) {
            answer(message.type(), message.orderNo(), root, message.xml(), signed, now);
            return;
        }
        if (!CebEnvelopes.KINDS.contains(message.type())) {
            throw new IllegalArgumentException(message.type() + " carries one document, not " + documents.size());
        }
        for (Element each : documents) {
            Document alone = CebEnvelopes.alone(each);
            String orderNo = text(path(each, each.getLocalName() + "Head"), "orderNo");
            answer(message.type(), orderNo, alone.getDocumentElement(), SafeXml.serialize(alone), signed, now);
        }
    }

    /** One document of a message: {@code root} a message carrying it alone, read from {@code xml}. */
    private void answer(MessageType type, String orderNo, Element root, byte[] xml, boolean signed, Instant now) {
        switch (type) {
            case CEB311 -> {
                Element head = path(root, "Order", "OrderHead");
                state.keep(orderNo, MessageType.CEB311, xml);
                // Each receipt names the document customs' way: the order by ebp, ebc and orderNo.
                answer(MessageType.CEB312, orderNo, signed ? idValid(text(head, "buyerIdNumber")) : UNSIGNED, "订购人", now,
                        fields(head, "ebpCode", "ebcCode", "orderNo"));
            }
            case CEB411 -> {
                Element head = path(root, "Payment", "PaymentHead");
                state.keep(orderNo, MessageType.CEB411, xml);
                answer(MessageType.CEB412, orderNo, signed ? idValid(text(head, "payerIdNumber")) : UNSIGNED, "支付人", now,
                        fields(head, "payCode", "payTransactionId"));
            }
            case CEB511 -> {
                Element head = path(root, "Logistics", "LogisticsHead");
                state.keep(orderNo, MessageType.CEB511, xml);
                answer(MessageType.CEB512, orderNo, signed ? null : UNSIGNED, "", now,
                        fields(head, "logisticsCode", "logisticsNo"));
            }
            case CEB621 -> {
                if (signed) {
                    inventory(orderNo, root, now);
                } else {
                    listAnswer(orderNo, path(root, "Inventory", "InventoryHead"), null, ReceiptStatus.REJECTED, UNSIGNED, now);
                }
            }
            case CEB303 -> {
                state.keep(orderNo, MessageType.CEB303, xml);
                answer(MessageType.CEB304, orderNo, signed ? null : UNSIGNED, "", now,
                        fields(path(root, "Order", "OrderHead"), "ebpCode", "ebcCode", "orderNo"));
            }
            case CEB505 -> {
                state.keep(orderNo, MessageType.CEB505, xml);
                answer(MessageType.CEB506, orderNo, signed ? null : UNSIGNED, "", now,
                        fields(path(root, "Logistics"), "logisticsCode", "logisticsNo"));
            }
            case CEB603 -> exportInventory(orderNo, path(root, "Inventory", "InventoryHead"), signed, now);
            // Kept under our report number; answering them (CEB508 / 510) is not done yet.
            case CEB507 -> {
                state.keep(orderNo, MessageType.CEB507, xml);
                filedThenConcluded(MessageType.CEB508, orderNo, arrivalFields(path(root, "Arrival", "ArrivalHead")),
                        Map::of, signed, now);
            }
            case CEB509 -> {
                state.keep(orderNo, MessageType.CEB509, xml);
                filedThenConcluded(MessageType.CEB510, orderNo, fields(path(root, "Departure", "DepartureHead"),
                        "logisticsCode", "copNo"), Map::of, signed, now);
            }
            case CEB605 -> {
                state.keep(orderNo, MessageType.CEB605, xml);
                filedThenConcluded(MessageType.CEB606, orderNo, fields(path(root, "InvtCancel"), "agentCode", "copNo",
                        "invtNo"), Map::of, signed, now);
            }
            case CEB403 -> {
                state.keep(orderNo, MessageType.CEB403, xml);
                answer(MessageType.CEB404, orderNo, signed ? null : UNSIGNED, "", now,
                        fields(path(root, "Receipts"), "ebcCode", "orderNo", "payNo"));
            }
            case CEB701 -> {
                state.keep(orderNo, MessageType.CEB701, xml);
                filedThenConcluded(MessageType.CEB702, orderNo, fields(path(root, "SummaryApply", "SummaryApplyHead"),
                        "agentCode", "ebcCode", "copNo"), () -> sumNo(now), signed, now);
            }
            case CEB623 -> followUp(MessageType.CEB624, orderNo, path(root, "InvtCancel"), signed, now);
            case CEB625 -> followUp(MessageType.CEB626, orderNo, path(root, "InvtRefund", "InvtRefundHead"), signed, now);
            default -> throw new IllegalArgumentException(type + " is not sent to customs");
        }
        if (COMPARED_WITH_LISTS.contains(type)) {
            read.keep(orderNo, type, xml, root);
        }
    }

    /**
     * A 9610 export list: its order (CEB303) and waybill (CEB505) must have come first and name the same order and
     * parcel; then it is numbered (invtNo: district, year, E, 9 digits), filed (120) and concluded (399 审结), one
     * step each. Export checks no buyer, limits or positive list: those are import rules.
     */
    private void exportInventory(String orderNo, Element head, boolean signed, Instant now) {
        String problem = !signed ? UNSIGNED : exportDocumentsDisagree(orderNo, head);
        Map<String, String> f = fields(head, "agentCode", "copNo", "ebcCode", "ebpCode", "orderNo", "statisticsFlag");
        f.put("preNo", preNo(now));
        if (problem != null) {
            // customs' export receipt always carries invtNo: empty for a list it never numbered
            f.put("invtNo", "");
            f.put("returnStatus", String.valueOf(ReceiptStatus.REJECTED));
            f.put("returnInfo", problem);
            schedule(now, orderNo, MessageType.CEB604, f, null);
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        f.put("invtNo", text(head, "customsCode") + today.getYear() + "E" + String.format("%09d", state.nextNumber()));
        Map<String, String> concluded = new HashMap<>(f);
        f.put("returnStatus", String.valueOf(ReceiptStatus.ACCEPTED));
        f.put("returnInfo", "新增申报成功");
        schedule(now.plus(delay), orderNo, MessageType.CEB604, f, null);
        concluded.put("returnStatus", String.valueOf(ReceiptStatus.CONCLUDED));
        concluded.put("returnInfo", "审结");
        schedule(now.plus(delay.multipliedBy(2)), orderNo, MessageType.CEB604, concluded, null);
    }

    /**
     * A document filed and then concluded as a whole (a summary declaration, an arrival or departure report), named
     * by our copNo: declaring at the single window (2) at once, then concluded (399 审结) one step later with
     * {@code onConclusion}; unsigned, refused (100). {@code f} holds the fields the receipt echoes.
     */
    private void filedThenConcluded(MessageType receipt, String copNo, Map<String, String> f,
                                    Supplier<Map<String, String>> onConclusion, boolean signed, Instant now) {
        f.put("preNo", preNo(now));
        f.put("msgSeqNo", "1");
        Map<String, String> concluded = new HashMap<>(f);
        f.put("returnStatus", String.valueOf(signed ? DECLARING : ReceiptStatus.REJECTED));
        f.put("returnInfo", signed ? "新增申报成功" : UNSIGNED);
        schedule(now, copNo, receipt, f, null);
        if (signed) {
            concluded.putAll(onConclusion.get());
            concluded.put("returnStatus", String.valueOf(ReceiptStatus.CONCLUDED));
            concluded.put("returnInfo", "审结");
            schedule(now.plus(delay), copNo, receipt, concluded, null);
        }
    }

    /** Customs' summary number (sumNo, 18): S, the date, 9 digits. */
    private Map<String, String> sumNo(Instant at) {
        return Map.of("sumNo", "S" + Ceb.TIME.format(at.atZone(ChinaTime.ZONE)).substring(0, 8)
                + String.format("%09d", state.nextNumber()));
    }

    /** The arrival receipt echoes the report's bill, which CEB508 requires and a road arrival may lack: "无" then. */
    private static Map<String, String> arrivalFields(Element head) {
        Map<String, String> f = fields(head, "operatorCode", "logisticsCode", "copNo", "billNo");
        f.putIfAbsent("billNo", NONE);
        return f;
    }

    /** Why the export list's order and waybill are missing or name another order or parcel, or null. */
    private String exportDocumentsDisagree(String orderNo, Element head) {
        var order = state.document(orderNo, MessageType.CEB303);
        var waybill = state.document(orderNo, MessageType.CEB505);
        if (order.isEmpty() || waybill.isEmpty()) {
            return "单证不全: 缺少 " + (order.isEmpty() ? MessageType.CEB303 : MessageType.CEB505);
        }
        Element orderHead = path(read.root(orderNo, MessageType.CEB303, order.get()), "Order", "OrderHead");
        Element logistics = path(read.root(orderNo, MessageType.CEB505, waybill.get()), "Logistics");
        if (!text(orderHead, "orderNo").equals(text(head, "orderNo"))) {
            return "清单与订单不一致";
        }
        return text(logistics, "logisticsNo").equals(text(head, "logisticsNo")) ? null : "清单与运单不一致";
    }

    /** A follow-up (cancellation or return) of a list this sandbox numbered: answered 399 审结 (approved) or 100. */
    private void followUp(MessageType receipt, String orderNo, Element head, boolean signed, Instant now) {
        boolean numbered = state.list(orderNo).isPresent();
        String problem = !signed ? UNSIGNED : !numbered ? "清单不存在或未放行"
                : receipt == MessageType.CEB626 && releaseStillToCome(orderNo) ? "清单未放行"
                : state.takeRefusal(orderNo).orElse(null);
        if (problem == null && receipt == MessageType.CEB624) {
            giveBack(orderNo);
            // A cancelled list is neither released nor cleared: customs drops what was still to come for it.
            state.dropPending(orderNo, java.util.EnumSet.of(MessageType.CEB622, MessageType.CEB816));
        }
        Map<String, String> f = fields(head, "customsCode", "agentCode", "ebpCode", "ebcCode", "copNo", "preNo", "invtNo");
        f.put("returnStatus", String.valueOf(problem == null ? ReceiptStatus.CONCLUDED : ReceiptStatus.REJECTED));
        f.put("returnInfo", problem == null ? (receipt == MessageType.CEB624 ? "撤销成功" : "退货成功") : problem);
        schedule(now.plus(delay), orderNo, receipt, f, null);
    }

    /** Whether this list's release (800) is still to be answered: a return needs a released list, not a cleared one. */
    private boolean releaseStillToCome(String orderNo) {
        return state.pending(orderNo, MessageType.CEB622, String.valueOf(ReceiptStatus.RELEASED));
    }

    private void inventory(String orderNo, Element root, Instant now) {
        Map<MessageType, Element> docs = new EnumMap<>(MessageType.class);
        Element head = path(root, "Inventory", "InventoryHead");
        for (MessageType needed : List.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511)) {
            var xml = state.document(orderNo, needed);
            if (xml.isEmpty()) {
                listAnswer(orderNo, head, null, ReceiptStatus.REJECTED, "三单不全: 缺少 " + needed, now);
                return;
            }
            docs.put(needed, read.root(orderNo, needed, xml.get()));
        }
        String buyer = text(head, "buyerIdNumber");
        String buyerYear = ledgerKey(buyer, now);
        // Read for update: two lists of one buyer checked at once (on any instances) count one after the other.
        Money used = state.spent(buyerYear);
        String refusal = refusal(docs, root, used);
        if (refusal != null) {
            listAnswer(orderNo, head, null, ReceiptStatus.REJECTED, refusal, now);
            return;
        }
        Element orderHead = path(docs.get(MessageType.CEB311), "Order", "OrderHead");
        Money amount = cny(orderHead, "acturalPaid").minus(cny(orderHead, "taxTotal"));
        state.spend(buyerYear, amount);
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        // preNo (18): B, the date, 9 digits; invtNo (18): district, year, I, 9 digits — as the single window numbers.
        String preNo = preNo(now);
        String invtNo = text(head, "customsCode") + today.getYear() + "I" + String.format("%09d", state.nextNumber());
        SandboxState.NumberedList list = new SandboxState.NumberedList(preNo, invtNo, buyerYear, amount);
        state.numbered(orderNo, list);
        listAnswer(orderNo, head, list, ReceiptStatus.ACCEPTED, "新增申报成功", now.plus(delay));
        // Release takes customs longer than filing: two steps, so a cancellation after filing can still come first.
        listAnswer(orderNo, head, list, ReceiptStatus.RELEASED, "放行", now.plus(delay.multipliedBy(3)));
        taxBill(orderNo, root, Regime.ofCode(text(head, "tradeMode")), now.plus(delay.multipliedBy(4)), invtNo);
        listAnswer(orderNo, head, list, ReceiptStatus.CLEARED, "结关", now.plus(delay.multipliedBy(5)));
    }

    private String preNo(Instant at) {
        return "B" + Ceb.TIME.format(at.atZone(ChinaTime.ZONE)).substring(0, 8) + String.format("%09d", state.nextNumber());
    }

    /** A list receipt (CEB622) naming the list by copNo, preNo and (once numbered) invtNo. */
    private void listAnswer(String orderNo, Element head, SandboxState.NumberedList list, int status, String info,
                            Instant due) {
        Map<String, String> f = fields(head, "customsCode", "ebpCode", "ebcCode", "agentCode", "copNo");
        // A list refused before the single window numbered it still gets a preNo, as the single window gives one.
        f.put("preNo", list == null ? preNo(due) : list.preNo());
        if (list != null && status != ReceiptStatus.REJECTED) {
            f.put("invtNo", list.invtNo());
        }
        f.put("returnStatus", String.valueOf(status));
        f.put("returnInfo", info);
        schedule(due, orderNo, MessageType.CEB622, f, null);
    }

    /** What customs would object to, or null. */
    private String refusal(Map<MessageType, Element> docs, Element inventory, Money used) {
        Element order = path(docs.get(MessageType.CEB311), "Order", "OrderHead");
        Element payment = path(docs.get(MessageType.CEB411), "Payment", "PaymentHead");
        Element waybill = path(docs.get(MessageType.CEB511), "Logistics", "LogisticsHead");
        Element head = path(inventory, "Inventory", "InventoryHead");
        if (cny(order, "acturalPaid").compareTo(cny(payment, "amountPaid")) != 0) {
            return "三单比对失败: 订单实付金额与支付金额不符";
        }
        if (!text(order, "buyerIdNumber").equals(text(payment, "payerIdNumber"))
                || !text(order, "buyerName").equals(text(payment, "payerName"))) {
            return "三单比对失败: 订购人与支付人不一致";
        }
        for (String[] pair : new String[][] {{"consignee", "consignee"}, {"consigneeTelephone", "consigneeTelephone"},
                {"consigneeAddress", "consigneeAddress"}}) {
            if (!Objects.equals(text(order, pair[0]), text(waybill, pair[1]))) {
                return "三单比对失败: 订单与运单收货人不一致 (" + pair[0] + ")";
            }
        }
        if (!text(head, "buyerIdNumber").equals(text(order, "buyerIdNumber"))
                || !text(head, "logisticsNo").equals(text(waybill, "logisticsNo"))) {
            return "清单与订单/运单不一致";
        }
        if (idValid(text(head, "buyerIdNumber")) != null) {
            return "订购人身份证号校验失败";
        }
        Regime regime = Regime.ofCode(text(head, "tradeMode"));
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        for (Element line : children(path(inventory, "Inventory"), "InventoryList")) {
            Eligibility eligible = positiveList.eligibility(HsCode.of(text(line, "gcode")), regime, today);
            if (!eligible.eligible()) {
                return "商品不在跨境电商零售进口商品清单内: " + text(line, "gcode") + " (" + eligible.rule() + ")";
            }
        }
        CbecLimits inForce = limits.on(today);
        Money amount = cny(order, "acturalPaid").minus(cny(order, "taxTotal"));
        List<Element> lines = children(path(inventory, "Inventory"), "InventoryList");
        boolean singleItem = lines.size() == 1 && new BigDecimal(text(lines.get(0), "qty")).compareTo(BigDecimal.ONE) == 0;
        if (!inForce.admitsOrder(amount, singleItem)) {
            return "超过单次交易限值 " + inForce.perTransaction();
        }
        if (used.plus(amount).compareTo(inForce.annual()) > 0) {
            return "超过年度交易限值: 剩余额度 " + inForce.annual().minus(used);
        }
        return null;
    }

    /** The CEB816 tax bill: per line the taxable price and taxes, the head their sums (status 1 已生成). */
    private void taxBill(String orderNo, Element inventory, Regime regime, Instant due, String invtNo) {
        List<Element> listed = children(path(inventory, "Inventory"), "InventoryList");
        List<TaxableLine> lines = new ArrayList<>();
        for (Element line : listed) {
            BigDecimal qty = new BigDecimal(text(line, "qty"));
            lines.add(new TaxableLine(HsCode.of(text(line, "gcode")), cny(line, "totalPrice"),
                    Math.max(1, qty.intValue()), null));
        }
        BasketTax tax = taxes.quote(regime, LocalDate.ofInstant(due, ChinaTime.ZONE), lines);
        Element head = path(inventory, "Inventory", "InventoryHead");
        Map<String, String> f = new HashMap<>();
        f.put("guid", newGuid());
        f.put("returnTime", Ceb.TIME.format(due.atZone(ChinaTime.ZONE)) + "000");
        f.put("invtNo", invtNo);
        f.put("taxNo", "TAX" + invtNo);
        f.put("customsTax", tax.tariff().amount().toPlainString());
        f.put("valueAddedTax", tax.vat().amount().toPlainString());
        f.put("consumptionTax", tax.consumptionTax().amount().toPlainString());
        f.put("status", "1");
        f.putAll(fields(head, "assureCode", "ebcCode", "logisticsCode", "agentCode", "customsCode"));
        List<Map<String, String>> taxLines = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            var lineTax = tax.lines().get(i);
            taxLines.add(Map.of("gnum", text(listed.get(i), "gnum"), "gcode", text(listed.get(i), "gcode"),
                    "taxPrice", lines.get(i).taxablePrice().amount().toPlainString(),
                    "customsTax", lineTax.tariff().amount().toPlainString(),
                    "valueAddedTax", lineTax.vat().amount().toPlainString(),
                    "consumptionTax", lineTax.consumptionTax().amount().toPlainString()));
        }
        state.schedule(new SandboxState.Scheduled(due, orderNo, MessageType.CEB816, f, taxLines));
    }

    private void giveBack(String orderNo) {
        Money counted = state.uncount(orderNo);
        if (counted != null) {
            state.spend(state.list(orderNo).orElseThrow().buyerYear(), Money.zero(Money.CNY).minus(counted));
        }
    }

    /**
     * The receipts due, claimed for this instance for {@code claim}: each is handed back as applied (then gone) or
     * failed (gone too: the receipt processing logged it); one this instance never answered for is taken again.
     */
    @Override
    public List<Delivered> collect(int max) {
        Instant now = clock.instant();
        List<Delivered> due = new ArrayList<>();
        for (SandboxState.Claimed claimed : state.claimDue(now, now.plus(claim), max)) {
            // Through the same hardened reader as a real inbox: the sandbox answers in the real format.
            due.add(new SandboxDelivery(claimed.id(), receipts.read(xml(claimed.receipt())), state));
        }
        return due;
    }

    @Override
    public void applied(List<Delivered> batch) {
        List<Long> ours = new ArrayList<>();
        for (Delivered delivered : batch) {
            if (delivered instanceof SandboxDelivery sandbox) {
                ours.add(sandbox.id());
            } else {
                delivered.applied();
            }
        }
        state.delivered(ours);
    }

    /** A receipt message of the sandbox's inbox, gone from it once applied or failed. */
    private record SandboxDelivery(long id, List<Receipt> receipts, SandboxState state) implements Delivered {
        @Override
        public String source() {
            return "sandbox";
        }

        @Override
        public String unreadable() {
            return null;
        }

        @Override
        public void applied() {
            state.delivered(List.of(id));
        }

        @Override
        public void failed(String reason) {
            state.delivered(List.of(id));
        }
    }

    /** The receipt messages due, written exactly as customs writes them (validated against its XSD in tests). */
    static byte[] xml(SandboxState.Scheduled s) {
        return ReceiptXml.write(s.type(), s.fields().get("guid"), List.of(s.fields()),
                s.taxLines() == null ? List.of() : List.of(s.taxLines()));
    }

    /** Everything scheduled and not delivered yet, as customs would write it (for tests of the format). */
    public List<byte[]> pendingReceipts() {
        return state.pending().stream().map(SandboxSingleWindow::xml).toList();
    }

    private void answer(MessageType type, String orderNo, String problem, String who, Instant now, Map<String, String> f) {
        f.put("returnStatus", String.valueOf(problem == null ? ReceiptStatus.ACCEPTED : ReceiptStatus.REJECTED));
        f.put("returnInfo", problem == null ? "新增申报成功" : problem.equals(UNSIGNED) ? problem : who + problem);
        schedule(now, orderNo, type, f, null);
    }

    private void schedule(Instant due, String orderNo, MessageType type, Map<String, String> f,
                          List<Map<String, String>> taxLines) {
        f.put("guid", newGuid());
        f.put("returnTime", Ceb.TIME.format(due.atZone(ChinaTime.ZONE)) + "000");
        state.schedule(new SandboxState.Scheduled(due, orderNo, type, f, taxLines));
    }

    /** The named fields of a message element, where present. */
    private static Map<String, String> fields(Element element, String... names) {
        Map<String, String> f = new HashMap<>();
        for (String name : names) {
            String value = SafeXml.child(element, name);
            if (value != null && !value.isEmpty()) {
                f.put(name, value);
            }
        }
        return f;
    }

    private static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** Customs checks the ID number's format, birth date and check character (GB 11643); null when valid. */
    private static String idValid(String idNumber) {
        try {
            ChineseIdNumber.of(idNumber);
            return null;
        } catch (IllegalArgumentException e) {
            return "身份证号校验失败";
        }
    }

    /** The buyer's year, hashed: the shared state keeps no ID number in clear. */
    private static String ledgerKey(String idNumber, Instant at) {
        String key = idNumber + "/" + LocalDate.ofInstant(at, ChinaTime.ZONE).getYear();
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element path(Element root, String... names) {
        Element e = root;
        for (String name : names) {
            e = e == null ? null : SafeXml.childElement(e, name);
        }
        if (e == null) {
            throw new IllegalArgumentException("message without " + String.join("/", names));
        }
        return e;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        String value = SafeXml.child(parent, name);
        return value == null ? "" : value;
    }

    private static Money cny(Element parent, String name) {
        return new Money(new BigDecimal(text(parent, name)), Money.CNY);
    }
}
