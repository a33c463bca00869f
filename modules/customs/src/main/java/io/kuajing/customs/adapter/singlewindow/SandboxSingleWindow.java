package io.kuajing.customs.adapter.singlewindow;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.customs.CustomsSandbox;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.adapter.ceb.Ceb;
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
import org.w3c.dom.Element;

/**
 * A customs stand-in for development, demos and tests. It checks what customs checks — a valid signature, the
 * three documents present and consistent with the inventory list (三单比对), ID number checksums, the positive
 * list, the per-transaction and annual limits on its own ledger of the buyer's cleared purchases — and answers
 * with receipts in the real format: CEB312/412/512 (120 or 100), then CEB622 120 accepted, 800 released, the
 * CEB816 tax bill and 899 cleared, one step per {@code delay}; CEB624/626 for cancellations and returns.
 * State is in memory: a restart forgets it, as a sandbox may.
 */
public class SandboxSingleWindow implements SingleWindow, CustomsSandbox {

    private static final int MAX_MESSAGE = 4 << 20;
    private static final String UNSIGNED = "签名验证失败 signature invalid";

    private final PositiveListEditions positiveList;
    private final CbecLimits.Schedule limits;
    private final TaxCalculator taxes;
    private final PublicKey signerKey;
    private final Duration delay;
    private final Clock clock;
    private final ReceiptXml receipts = new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES);
    private final AtomicLong sequence = new AtomicLong();

    private final Map<String, Map<MessageType, Element>> documents = new HashMap<>();
    private final Map<String, Money> ledger = new HashMap<>();
    private final Map<String, Money> counted = new HashMap<>();
    private final Map<String, String> released = new HashMap<>();
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private final Map<String, String> refuseNext = new HashMap<>();

    /**
     * One receipt message to deliver when due: its type and fields (816: with its tax lines), about {@code orderNo}
     * (the sandbox's own bookkeeping; customs' receipts name the declaration their own way).
     */
    private record Scheduled(Instant due, long order, String orderNo, MessageType type, Map<String, String> fields,
                             List<Map<String, String>> taxLines) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int byDue = due.compareTo(o.due);
            return byDue != 0 ? byDue : Long.compare(order, o.order);
        }
    }

    /** @param signerKey the declaring company's public key; null skips the signature check */
    public SandboxSingleWindow(PositiveListEditions positiveList, CbecLimits.Schedule limits, TaxCalculator taxes,
                               PublicKey signerKey, Duration delay, Clock clock) {
        this.positiveList = positiveList;
        this.limits = limits;
        this.taxes = taxes;
        this.signerKey = signerKey;
        this.delay = delay;
        this.clock = clock;
    }

    @Override
    public synchronized void buyerSpentElsewhere(ChineseIdNumber buyer, Money amount) {
        ledger.merge(ledgerKey(buyer.value(), clock.instant()), amount, Money::plus);
    }

    @Override
    public synchronized void refuseNextFollowUp(String orderNo, String reason) {
        refuseNext.put(orderNo, reason);
    }

    @Override
    public synchronized void send(OutgoingMessage message) {
        Instant now = clock.instant();
        Element root = SafeXml.parse(message.xml(), MAX_MESSAGE).getDocumentElement();
        String orderNo = message.orderNo();
        boolean signed = signerKey == null || XmlDsigSigner.verify(message.xml(), signerKey);
        switch (message.type()) {
            case CEB311 -> {
                Element head = path(root, "Order", "OrderHead");
                keep(orderNo, MessageType.CEB311, root);
                // Each receipt names the document customs' way: the order by ebp, ebc and orderNo.
                answer(MessageType.CEB312, orderNo, signed ? idValid(text(head, "buyerIdNumber")) : UNSIGNED, "订购人", now,
                        fields(head, "ebpCode", "ebcCode", "orderNo"));
            }
            case CEB411 -> {
                Element head = path(root, "Payment", "PaymentHead");
                keep(orderNo, MessageType.CEB411, root);
                answer(MessageType.CEB412, orderNo, signed ? idValid(text(head, "payerIdNumber")) : UNSIGNED, "支付人", now,
                        fields(head, "payCode", "payTransactionId"));
            }
            case CEB511 -> {
                Element head = path(root, "Logistics", "LogisticsHead");
                keep(orderNo, MessageType.CEB511, root);
                answer(MessageType.CEB512, orderNo, signed ? null : UNSIGNED, "", now,
                        fields(head, "logisticsCode", "logisticsNo"));
            }
            case CEB621 -> {
                if (signed) {
                    inventory(orderNo, root, now);
                } else {
                    listAnswer(MessageType.CEB622, orderNo, path(root, "Inventory", "InventoryHead"),
                            ReceiptStatus.REJECTED, UNSIGNED, now);
                }
            }
            case CEB623 -> followUp(MessageType.CEB624, orderNo, path(root, "InvtCancel"), signed, now);
            case CEB625 -> followUp(MessageType.CEB626, orderNo, path(root, "InvtRefund", "InvtRefundHead"), signed, now);
            default -> throw new IllegalArgumentException(message.type() + " is not sent to customs");
        }
    }

    /** A follow-up (cancellation or return) of a list this sandbox numbered: answered 399 审结 (approved) or 100. */
    private void followUp(MessageType receipt, String orderNo, Element head, boolean signed, Instant now) {
        String problem = !signed ? UNSIGNED : !released.containsKey(orderNo) ? "清单不存在或未放行"
                : receipt == MessageType.CEB626 && releaseStillToCome(orderNo) ? "清单未放行" : refuseNext.remove(orderNo);
        if (problem == null && receipt == MessageType.CEB624) {
            giveBack(orderNo, now);
            // A cancelled list is neither released nor cleared: customs drops what was still to come for it.
            queue.removeIf(q -> orderNo.equals(q.orderNo())
                    && (q.type() == MessageType.CEB622 || q.type() == MessageType.CEB816));
        }
        Map<String, String> f = fields(head, "customsCode", "agentCode", "ebpCode", "ebcCode", "copNo", "preNo", "invtNo");
        f.put("returnStatus", String.valueOf(problem == null ? ReceiptStatus.CONCLUDED : ReceiptStatus.REJECTED));
        f.put("returnInfo", problem == null ? (receipt == MessageType.CEB624 ? "撤销成功" : "退货成功") : problem);
        schedule(now.plus(delay), orderNo, receipt, f, null);
    }

    /** Whether this list's release (800) is still to be answered: a return needs a released list, not a cleared one. */
    private boolean releaseStillToCome(String orderNo) {
        String released = String.valueOf(ReceiptStatus.RELEASED);
        return queue.stream().anyMatch(q -> orderNo.equals(q.orderNo()) && q.type() == MessageType.CEB622
                && released.equals(q.fields().get("returnStatus")));
    }

    private void inventory(String orderNo, Element root, Instant now) {
        Map<MessageType, Element> docs = documents.getOrDefault(orderNo, Map.of());
        Element head = path(root, "Inventory", "InventoryHead");
        for (MessageType needed : List.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511)) {
            if (!docs.containsKey(needed)) {
                listAnswer(MessageType.CEB622, orderNo, head, ReceiptStatus.REJECTED, "三单不全: 缺少 " + needed, now);
                return;
            }
        }
        String refusal = refusal(orderNo, docs, root);
        if (refusal != null) {
            listAnswer(MessageType.CEB622, orderNo, head, ReceiptStatus.REJECTED, refusal, now);
            return;
        }
        Element orderHead = path(docs.get(MessageType.CEB311), "Order", "OrderHead");
        String buyer = text(head, "buyerIdNumber");
        Money amount = cny(orderHead, "acturalPaid").minus(cny(orderHead, "taxTotal"));
        ledger.merge(ledgerKey(buyer, now), amount, Money::plus);
        counted.put(orderNo, amount);
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        // preNo (18): B, the date, 9 digits; invtNo (18): district, year, I, 9 digits — as the single window numbers.
        String preNo = "B" + Ceb.TIME.format(now.atZone(ChinaTime.ZONE)).substring(0, 8)
                + String.format("%09d", sequence.incrementAndGet());
        String invtNo = text(head, "customsCode") + today.getYear() + "I" + String.format("%09d", sequence.incrementAndGet());
        released.put(orderNo, invtNo);
        head.setAttribute("sandbox-preNo", preNo);
        head.setAttribute("sandbox-invtNo", invtNo);
        listAnswer(MessageType.CEB622, orderNo, head, ReceiptStatus.ACCEPTED, "新增申报成功", now.plus(delay));
        // Release takes customs longer than filing: two steps, so a cancellation after filing can still come first.
        listAnswer(MessageType.CEB622, orderNo, head, ReceiptStatus.RELEASED, "放行", now.plus(delay.multipliedBy(3)));
        taxBill(orderNo, root, Regime.ofCode(text(head, "tradeMode")), now.plus(delay.multipliedBy(4)), invtNo);
        listAnswer(MessageType.CEB622, orderNo, head, ReceiptStatus.CLEARED, "结关", now.plus(delay.multipliedBy(5)));
    }

    /** A list receipt (CEB622) naming the list by copNo, preNo and (once numbered) invtNo. */
    private void listAnswer(MessageType type, String orderNo, Element head, int status, String info, Instant due) {
        Map<String, String> f = fields(head, "customsCode", "ebpCode", "ebcCode", "agentCode", "copNo");
        String preNo = head.getAttribute("sandbox-preNo");
        // A list refused before the single window numbered it still gets a preNo, as the single window gives one.
        f.put("preNo", preNo.isEmpty() ? "B" + Ceb.TIME.format(due.atZone(ChinaTime.ZONE)).substring(0, 8)
                + String.format("%09d", sequence.incrementAndGet()) : preNo);
        String invtNo = head.getAttribute("sandbox-invtNo");
        if (!invtNo.isEmpty() && status != ReceiptStatus.REJECTED) {
            f.put("invtNo", invtNo);
        }
        f.put("returnStatus", String.valueOf(status));
        f.put("returnInfo", info);
        schedule(due, orderNo, type, f, null);
    }

    /** What customs would object to, or null. */
    private String refusal(String orderNo, Map<MessageType, Element> docs, Element inventory) {
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
        Money used = ledger.getOrDefault(ledgerKey(text(head, "buyerIdNumber"), clock.instant()), Money.zero(Money.CNY));
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
        queue.add(new Scheduled(due, sequence.incrementAndGet(), orderNo, MessageType.CEB816, f, taxLines));
    }

    private void giveBack(String orderNo, Instant now) {
        Money amount = counted.remove(orderNo);
        Element order = path(documents.get(orderNo).get(MessageType.CEB311), "Order", "OrderHead");
        if (amount != null) {
            ledger.computeIfPresent(ledgerKey(text(order, "buyerIdNumber"), now), (k, used) -> used.minus(amount));
        }
    }

    @Override
    public synchronized List<Delivered> collect(int max) {
        List<Delivered> due = new ArrayList<>();
        Instant now = clock.instant();
        while (due.size() < max && !queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            byte[] xml = xml(queue.poll());
            // Through the same hardened reader as a real inbox: the sandbox answers in the real format.
            List<Receipt> read = receipts.read(xml);
            due.add(new Delivered() {
                @Override
                public String source() {
                    return "sandbox";
                }

                @Override
                public List<Receipt> receipts() {
                    return read;
                }

                @Override
                public String unreadable() {
                    return null;
                }

                @Override
                public void applied() {
                }

                @Override
                public void failed(String reason) {
                }
            });
        }
        return due;
    }

    /** The receipt messages due, written exactly as customs writes them (validated against its XSD in tests). */
    static byte[] xml(Scheduled s) {
        return ReceiptXml.write(s.type(), s.fields().get("guid"), List.of(s.fields()),
                s.taxLines() == null ? List.of() : List.of(s.taxLines()));
    }

    /** Everything scheduled and not delivered yet, as customs would write it (for tests of the format). */
    public synchronized List<byte[]> pendingReceipts() {
        return queue.stream().map(SandboxSingleWindow::xml).toList();
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
        queue.add(new Scheduled(due, sequence.incrementAndGet(), orderNo, type, f, taxLines));
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

    private void keep(String orderNo, MessageType type, Element root) {
        documents.computeIfAbsent(orderNo, k -> new EnumMap<>(MessageType.class)).put(type, root);
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

    private static String ledgerKey(String idNumber, Instant at) {
        return idNumber + "/" + LocalDate.ofInstant(at, ChinaTime.ZONE).getYear();
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
