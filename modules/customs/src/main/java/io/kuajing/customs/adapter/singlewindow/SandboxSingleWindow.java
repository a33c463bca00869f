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
import io.kuajing.customs.Regime;
import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.ReceiptStatus;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.customs.domain.eligibility.Eligibility;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.tax.BasketTax;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.domain.tax.TaxableLine;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
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

    private record Scheduled(Instant due, long order, Receipt receipt) implements Comparable<Scheduled> {
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
    public synchronized void send(OutgoingMessage message) {
        Instant now = clock.instant();
        if (signerKey != null && !XmlDsigSigner.verify(message.xml(), signerKey)) {
            answer(message.type().receipt(), message.orderNo(), ReceiptStatus.REJECTED, "签名验证失败 signature invalid", now, null, null);
            return;
        }
        Element root = SafeXml.parse(message.xml(), MAX_MESSAGE).getDocumentElement();
        String orderNo = message.orderNo();
        switch (message.type()) {
            case CEB311 -> {
                Element head = path(root, "Order", "OrderHead");
                keep(orderNo, MessageType.CEB311, root);
                answer(MessageType.CEB312, orderNo, idValid(text(head, "buyerIdNumber")), "订购人", now);
            }
            case CEB411 -> {
                keep(orderNo, MessageType.CEB411, root);
                answer(MessageType.CEB412, orderNo, idValid(text(path(root, "Payment", "PaymentHead"), "payerIdNumber")), "支付人", now);
            }
            case CEB511 -> {
                keep(orderNo, MessageType.CEB511, root);
                // Like customs, the waybill receipt names the parcel, not the order.
                String parcel = text(path(root, "Logistics", "LogisticsHead"), "logisticsNo");
                queue.add(new Scheduled(now, sequence.incrementAndGet(), new Receipt(MessageType.CEB512, null,
                        ReceiptStatus.ACCEPTED, "新增申报成功", now, null, null, parcel)));
            }
            case CEB621 -> inventory(orderNo, root, now);
            case CEB623 -> cancel(orderNo, now);
            case CEB625 -> refund(orderNo, now);
            default -> throw new IllegalArgumentException(message.type() + " is not sent to customs");
        }
    }

    private void inventory(String orderNo, Element root, Instant now) {
        Map<MessageType, Element> docs = documents.getOrDefault(orderNo, Map.of());
        for (MessageType needed : List.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511)) {
            if (!docs.containsKey(needed)) {
                answer(MessageType.CEB622, orderNo, ReceiptStatus.REJECTED, "三单不全: 缺少 " + needed, now, null, null);
                return;
            }
        }
        String refusal = refusal(orderNo, docs, root);
        if (refusal != null) {
            answer(MessageType.CEB622, orderNo, ReceiptStatus.REJECTED, refusal, now, null, null);
            return;
        }
        Element head = path(root, "Inventory", "InventoryHead");
        Element orderHead = path(docs.get(MessageType.CEB311), "Order", "OrderHead");
        String buyer = text(head, "buyerIdNumber");
        Money amount = cny(orderHead, "acturalPaid").minus(cny(orderHead, "taxTotal"));
        ledger.merge(ledgerKey(buyer, now), amount, Money::plus);
        counted.put(orderNo, amount);
        String invtNo = text(head, "customsCode") + LocalDate.ofInstant(now, ChinaTime.ZONE).getYear() + "I"
                + String.format("%09d", sequence.incrementAndGet());
        released.put(orderNo, invtNo);
        answer(MessageType.CEB622, orderNo, ReceiptStatus.ACCEPTED, "新增申报成功", now.plus(delay), invtNo, null);
        answer(MessageType.CEB622, orderNo, ReceiptStatus.RELEASED, "放行", now.plus(delay.multipliedBy(2)), invtNo, null);
        answer(MessageType.CEB816, orderNo, 1, "电子税单已生成", now.plus(delay.multipliedBy(3)), invtNo,
                taxBill(root, Regime.ofCode(text(head, "tradeMode")), now, invtNo));
        answer(MessageType.CEB622, orderNo, ReceiptStatus.CLEARED, "结关", now.plus(delay.multipliedBy(4)), invtNo, null);
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

    private TaxBill taxBill(Element inventory, Regime regime, Instant now, String invtNo) {
        List<TaxableLine> lines = new ArrayList<>();
        for (Element line : children(path(inventory, "Inventory"), "InventoryList")) {
            BigDecimal qty = new BigDecimal(text(line, "qty"));
            lines.add(new TaxableLine(HsCode.of(text(line, "gcode")), cny(line, "totalPrice"),
                    Math.max(1, qty.intValue()), null));
        }
        BasketTax tax = taxes.quote(regime, LocalDate.ofInstant(now, ChinaTime.ZONE), lines);
        return new TaxBill("TAX" + invtNo, invtNo, tax.tariff(), tax.vat(), tax.consumptionTax());
    }

    private void cancel(String orderNo, Instant now) {
        if (!released.containsKey(orderNo)) {
            answer(MessageType.CEB624, orderNo, ReceiptStatus.REJECTED, "清单不存在", now.plus(delay), null, null);
            return;
        }
        giveBack(orderNo, now);
        // A cancelled list is neither released nor cleared: customs drops what was still to come for it.
        queue.removeIf(s -> orderNo.equals(s.receipt().orderNo())
                && (s.receipt().type() == MessageType.CEB622 || s.receipt().type() == MessageType.CEB816));
        answer(MessageType.CEB624, orderNo, ReceiptStatus.RELEASED, "撤销成功", now.plus(delay), released.get(orderNo), null);
    }

    private void refund(String orderNo, Instant now) {
        if (!released.containsKey(orderNo)) {
            answer(MessageType.CEB626, orderNo, ReceiptStatus.REJECTED, "清单不存在或未放行", now.plus(delay), null, null);
            return;
        }
        answer(MessageType.CEB626, orderNo, ReceiptStatus.RELEASED, "退货成功", now.plus(delay), released.get(orderNo), null);
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
            Receipt receipt = queue.poll().receipt();
            // Through the same hardened reader as a real inbox: the sandbox answers in the real format.
            Receipt read = receipts.read(ReceiptXml.write(receipt, UUID.randomUUID().toString().toUpperCase(Locale.ROOT)));
            due.add(new Delivered() {
                @Override
                public Receipt receipt() {
                    return read;
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

    private void answer(MessageType type, String orderNo, String idProblem, String who, Instant now) {
        if (idProblem == null) {
            answer(type, orderNo, ReceiptStatus.ACCEPTED, "新增申报成功", now, null, null);
        } else {
            answer(type, orderNo, ReceiptStatus.REJECTED, who + idProblem, now, null, null);
        }
    }

    private void answer(MessageType type, String orderNo, int status, String info, Instant due, String invtNo, TaxBill bill) {
        queue.add(new Scheduled(due, sequence.incrementAndGet(), new Receipt(type, orderNo, status, info, due, invtNo, bill)));
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
