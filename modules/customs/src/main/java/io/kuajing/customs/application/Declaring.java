package io.kuajing.customs.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.CancelRequest;
import io.kuajing.customs.DeclarationParked;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclarationSubmitted;
import io.kuajing.customs.DeclarationView;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.OrderToDeclare;
import io.kuajing.customs.Person;
import io.kuajing.customs.ReceiptView;
import io.kuajing.customs.SentMessageView;
import io.kuajing.customs.ReturnRequest;
import io.kuajing.customs.domain.declaration.CustomsMessages;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.DeclarationRules;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.ReceiptStatus;
import io.kuajing.customs.domain.declaration.Signer;
import io.kuajing.customs.domain.declaration.UnsignedMessage;
import io.kuajing.customs.domain.eligibility.Eligibility;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.YearlyCaps;
import io.kuajing.customs.domain.reference.PortOfEntry;
import io.kuajing.customs.domain.reference.PortsOfEntry;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declaring an order: every check customs would make is made first (matching rules, port and regime, positive
 * list, bonded stock), then the four messages are written, checked against customs' schema and kept in ONE
 * transaction together with the DeclarationSubmitted event, to be signed and sent in envelopes with other orders'
 * (ADR 0047). The order number is the declaration's key, so an order is declared once:
 * a repeated call answers the existing declaration. Sending inside the transaction means a failed send leaves
 * nothing behind and the call can simply be repeated.
 */
@Singleton
class Declaring implements Declarations {

    private static final Logger LOG = LoggerFactory.getLogger(Declaring.class);

    private final DeclarationRules rules;
    private final DeclarationRecords records;
    private final CustomsMessages messages;
    private final Signer signer;
    private final MessageSchema schema;
    private final PortsOfEntry ports;
    private final PositiveListEditions positiveList;
    private final CbecLimits.Schedule limits;
    private final BondedBooking bonded;
    private final BuyerKeys buyerKeys;
    private final DeclarationDrafting drafting;
    private final QuotaLedger quotas;
    private final YearlyCaps caps;
    private final Outbox outbox;
    private final SingleWindowQueue queue;
    private final Transactions transactions;
    private final Clock clock;

    Declaring(DeclarationRules rules, DeclarationRecords records, CustomsMessages messages, Signer signer,
              MessageSchema schema, PortsOfEntry ports, PositiveListEditions positiveList,
              CbecLimits.Schedule limits, BondedBooking bonded, BuyerKeys buyerKeys, DeclarationDrafting drafting,
              QuotaLedger quotas, YearlyCaps caps, Outbox outbox, SingleWindowQueue queue,
              Transactions transactions, Clock clock) {
        this.rules = rules;
        this.records = records;
        this.messages = messages;
        this.signer = signer;
        this.schema = schema;
        this.ports = ports;
        this.positiveList = positiveList;
        this.limits = limits;
        this.bonded = bonded;
        this.buyerKeys = buyerKeys;
        this.drafting = drafting;
        this.quotas = quotas;
        this.caps = caps;
        this.outbox = outbox;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DeclarationView declare(OrderToDeclare order) {
        return declare(drafting.draft(order));
    }

    @Override
    public DeclarationView declare(DeclarationRequest request) {
        rules.check(request);
        LocalDate today = today();
        PortOfEntry port = ports.byCode(request.portCode()).orElseThrow(() -> new RuleViolation("portCode",
                "port-of-entry", "unknown port of entry " + request.portCode() + " (ports.csv)"));
        if (request.regime().isBonded() && request.regime() != port.bondedRegime()) {
            throw new RuleViolation("regime", "bonded-regime-of-port", "online bonded import at " + port.name()
                    + " is declared as " + port.bondedRegime().code() + ", not " + request.regime().code());
        }
        for (int i = 0; i < request.lines().size(); i++) {
            Eligibility e = positiveList.eligibility(request.lines().get(i).hsCode(), request.regime(), today);
            if (!e.eligible()) {
                throw new RuleViolation("lines[" + i + "].hsCode", e.rule(), e.reason());
            }
        }
        Optional<Declaration> existing = transactions.read(() -> records.find(request.orderNo()));
        if (existing.isPresent()) {
            return view(existing.get());
        }
        if (request.regime().isBonded()) {
            transactions.read(() -> {
                bonded.checkAvailable(request.emsNo(), request.lines());
                return null;
            });
        }
        BuyerKey buyer = buyerKeys.of(request.order().buyer().idNumber());
        Instant now = clock.instant();
        String copNo = CopNumbers.next(now);
        Declaration declaration = Declaration.declared(request.orderNo(), copNo, request.payment().payTransactionId(),
                request.regime(), request.portCode(),
                request.regime().isBonded() ? request.emsNo() : null,
                new Declaration.Parties(request.order().platform(), request.order().seller(), request.broker(),
                        request.waybill().logisticsCompany()),
                request.waybill().logisticsNo(), buyer, request.order().acturalPaid(), request.order().taxTotal(),
                request.lines().stream().map(Declaring::line).toList());
        // Signed later, in envelopes with other orders' messages (ADR 0047); checked now, as they will be once
        // signed, so that an order that does not conform is kept back alone.
        List<QueuedMessage> kept = messages.declare(request, copNo, now).stream().map(QueuedMessage::of).toList();
        Optional<String> nonConforming = kept.stream()
                .flatMap(m -> schema.violationOnceSigned(m).map(v -> m.type() + " does not conform to customs' schema: " + v).stream())
                .findFirst();
        nonConforming.ifPresent(declaration::park);
        return transactions.write(() -> {
            if (!records.add(declaration, now)) {
                return view(records.find(request.orderNo()).orElseThrow());
            }
            if (nonConforming.isPresent()) {
                // Kept back, never sent: customs' gate would refuse it. Operators see it (GET /api/customs/parked).
                kept.forEach(m -> records.park(m.unsigned(), nonConforming.get(), now));
                quotas.giveBack(request.orderNo()); // nothing reached customs: the order is cancelled for it
                LOG.error("order {} parked, nothing sent: {}", request.orderNo(), nonConforming.get());
                outbox.publish(new DeclarationParked(request.orderNo(), MessageType.CEB621.name(), nonConforming.get(), now));
                return view(declaration);
            }
            countYearlyCaps(request, buyer, today);
            queue.queueForEnvelopes(kept, now);
            outbox.publish(new DeclarationSubmitted(request.orderNo(), request.regime(), request.portCode(),
                    request.order().acturalPaid(), request.order().taxTotal(), now));
            LOG.info("declared order {} under {} at {} for buyer {}", request.orderNo(), request.regime().code(),
                    request.portCode(), buyer.masked());
            return view(declaration);
        });
    }

    /**
     * Counts the lines whose tariff line has a per-person yearly cap (positive-list remark) against the buyer's
     * year, in the declaring transaction: a refusal rolls the whole declaration back. A capped line must be declared
     * in the cap's unit (e.g. 035 kg) so the quantities compare.
     */
    private void countYearlyCaps(DeclarationRequest request, BuyerKey buyer, LocalDate today) {
        Map<String, BigDecimal> perLine = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            DeclaredLine line = request.lines().get(i);
            var entry = positiveList.entryOn(line.hsCode(), today).filter(e -> e.yearlyCap() != null);
            if (entry.isEmpty()) {
                continue;
            }
            String unit = entry.get().capUnitCode().orElse(null);
            if (unit == null || !unit.equals(line.unit())) {
                throw new RuleViolation("lines[" + i + "].unit", "cap-unit", "tariff line " + line.hsCode().tariffLine()
                        + " is capped at " + entry.get().yearlyCap().toPlainString() + " " + entry.get().capUnit()
                        + " per person per year: declare it in " + entry.get().capUnit()
                        + (unit == null ? "" : " (unit " + unit + ")"));
            }
            perLine.merge(line.hsCode().tariffLine(), line.qty(), BigDecimal::add);
            firstIndex.putIfAbsent(line.hsCode().tariffLine(), i);
        }
        int year = today.getYear();
        for (var counted : perLine.entrySet()) {
            var entry = positiveList.entryOn(request.lines().get(firstIndex.get(counted.getKey())).hsCode(), today).orElseThrow();
            if (!caps.count(buyer, year, counted.getKey(), counted.getValue(), entry.yearlyCap(), request.orderNo())) {
                BigDecimal left = entry.yearlyCap().subtract(caps.used(buyer, year, counted.getKey())).max(BigDecimal.ZERO);
                throw new RuleViolation("lines[" + firstIndex.get(counted.getKey()) + "].qty", "yearly-quantity-cap",
                        "tariff line " + counted.getKey() + " is capped at " + entry.yearlyCap().toPlainString() + " "
                                + entry.capUnit() + " per person per year; the buyer has " + left.stripTrailingZeros()
                                .toPlainString() + " " + entry.capUnit() + " left for " + year);
            }
        }
    }

    @Override
    public DeclarationView cancel(CancelRequest request) {
        return followUp(request.orderNo(), request.buyer(), d -> {
            d.requestCancel();
            return messages.cancel(d, request.buyer(), reason(request.reason()), clock.instant());
        });
    }

    @Override
    public DeclarationView requestReturn(ReturnRequest request) {
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReturnRequest.Line line = request.lines().get(i);
            if (line.qty() == null || quantities.put(line.gnum(), line.qty()) != null) {
                throw new RuleViolation("lines[" + i + "]", "one-quantity-per-line", "each line (gnum) once, with a quantity");
            }
        }
        return followUp(request.orderNo(), request.buyer(), d -> {
            d.requestReturn(quantities, request.requestedOn(), request.arrivedOn(), limits.on(d.releasedOn() == null ? today() : d.releasedOn()));
            return messages.refund(d, request.buyer(), reason(request.reason()), clock.instant());
        });
    }

    private DeclarationView followUp(String orderNo, Person buyer, java.util.function.Function<Declaration, UnsignedMessage> change) {
        if (buyer == null) {
            throw new RuleViolation("buyer", "required", "the declared buyer is required");
        }
        BuyerKey key = buyerKeys.of(buyer.idNumber());
        return transactions.write(() -> {
            Declaration d = records.lock(orderNo).orElseThrow(() -> new RuleViolation("orderNo", "declared",
                    "order " + orderNo + " was not declared"));
            if (!d.buyer().equals(key)) {
                throw new RuleViolation("buyer.idNumber", "declared-buyer", "the buyer is not the one declared");
            }
            OutgoingMessage signed = signer.sign(change.apply(d));
            Instant now = clock.instant();
            records.update(d, now);
            Optional<String> nonConforming = schema.violation(signed);
            if (nonConforming.isPresent()) {
                // The request stays pending and the message is kept back for an operator, never sent.
                String reason = signed.type() + " does not conform to customs' schema: " + nonConforming.get();
                records.park(signed, reason, now);
                LOG.error("{} of order {} parked, not sent: {}", signed.type(), orderNo, reason);
                outbox.publish(new DeclarationParked(orderNo, signed.type().name(), reason, now));
            } else {
                queue.queue(List.of(signed), now);
            }
            return view(d);
        });
    }

    @Override
    public Optional<DeclarationView> status(String orderNo) {
        return transactions.read(() -> records.find(orderNo)).map(Declaring::view);
    }

    @Override
    public List<ReceiptView> receipts(String orderNo) {
        return transactions.read(() -> records.receipts(orderNo)).stream()
                .map(r -> new ReceiptView(r.type().name(), r.type().meaning() + ": "
                        + ReceiptStatus.meaning(r.type(), r.status()), r.status(), r.info(), r.time()))
                .toList();
    }

    @Override
    public List<SentMessageView> messages(String orderNo) {
        return transactions.read(() -> records.messages(orderNo)).stream()
                .map(m -> new SentMessageView(m.type().name(), m.type().meaning(), m.sentAt(), m.deliveredAt(),
                        m.parkedReason(), m.xml() == null ? null : messages.forOperators(m.xml()), m.envelopeGuid()))
                .toList();
    }

    static DeclarationView view(Declaration d) {
        return new DeclarationView(d.orderNo(), d.regime(), d.portCode(), d.invtNo(), d.status().name(),
                d.pending() == null ? null : d.pending().name(), d.reason(), d.releasedOn(), d.acturalPaid(),
                d.taxTotal(), d.buyer().masked(), d.copNo());
    }

    private static DeclarationLine line(DeclaredLine l) {
        return new DeclarationLine(l.gnum(), l.itemNo(), l.itemName(), l.hsCode(), l.unit(), l.qty(), l.totalPrice(),
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "required", "customs asks for a reason");
        }
        return reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
