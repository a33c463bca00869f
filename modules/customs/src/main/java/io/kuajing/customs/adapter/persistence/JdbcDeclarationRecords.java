package io.kuajing.customs.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.DeclarationStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.platform.UtcTime;
import io.kuajing.platform.jdbc.MultiRowInsert;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Declarations, their lines, sent messages, receipts and tax bills in the customs_ tables. */
@Singleton
class JdbcDeclarationRecords implements DeclarationRecords {

    private final DeclarationRows declarations;
    private final DeclarationLineRows lines;
    private final MessageRows messages;
    private final ReceiptRows receipts;
    private final AsideRows aside;
    private final TransactionOperations<Connection> connections;

    JdbcDeclarationRecords(DeclarationRows declarations, DeclarationLineRows lines, MessageRows messages,
                           ReceiptRows receipts, AsideRows aside, TransactionOperations<Connection> connections) {
        this.declarations = declarations;
        this.lines = lines;
        this.messages = messages;
        this.receipts = receipts;
        this.aside = aside;
        this.connections = connections;
    }

    @Override
    public boolean add(Declaration d, Instant now) {
        if (declarations.insertUnlessDeclared(DeclarationRow.of(d, UtcTime.of(now))) == 0) {
            return false;
        }
        lines.insert(d.lines().stream().map(l -> DeclarationLineRow.of(d.orderNo(), l)).toList());
        return true;
    }

    /**
     * The declarations' rows are locked first, and their lines are then read with a locking read, which sees the
     * latest committed state. A plain read of the lines would come from the transaction's snapshot, taken before the
     * wait for the lock: a receipt that waited for a return request (or its approval) would then write the lines as
     * they were before it, losing the quantities on their way back (or already returned).
     */
    @Override
    public Map<String, Declaration> lockAll(Collection<String> orderNos) {
        if (orderNos.isEmpty()) {
            return Map.of();
        }
        List<DeclarationRow> rows = declarations.lockAll(orderNos);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, List<DeclarationLine>> linesOf = lines.lockedOf(rows.stream().map(DeclarationRow::orderNo).toList())
                .stream().collect(Collectors.groupingBy(DeclarationLineRow::orderNo,
                        Collectors.mapping(DeclarationLineRow::line, Collectors.toList())));
        Map<String, Declaration> locked = new LinkedHashMap<>();
        rows.forEach(row -> locked.put(row.orderNo(), row.declaration(linesOf.getOrDefault(row.orderNo(), List.of()))));
        return locked;
    }

    @Override
    public Optional<Declaration> find(String orderNo) {
        return declarations.findById(orderNo).map(row -> row.declaration(toLines(lines.of(orderNo))));
    }

    @Override
    public Optional<String> orderOfParcel(String logisticsNo) {
        return declarations.findOrderNoByLogisticsNo(logisticsNo);
    }

    @Override
    public Map<Receipt, String> ordersOf(Collection<Receipt> batch) {
        Map<Receipt, String> orders = new HashMap<>();
        for (ReceiptNumber number : ReceiptNumber.values()) {
            Map<String, List<Receipt>> unmatched = batch.stream()
                    .filter(r -> !orders.containsKey(r) && number.of(r) != null)
                    .collect(Collectors.groupingBy(number::of));
            if (unmatched.isEmpty()) {
                continue;
            }
            for (DeclarationNumbers found : number.find(declarations, unmatched.keySet())) {
                unmatched.getOrDefault(number.in(found), List.of()).forEach(r -> orders.put(r, found.orderNo()));
            }
        }
        return orders;
    }

    /** The numbers a receipt may name its declaration by, in the order they are tried. */
    private enum ReceiptNumber {
        ORDER_NO(Receipt::orderNo, DeclarationNumbers::orderNo, DeclarationRows::findByOrderNoIn),
        COP_NO(Receipt::copNo, DeclarationNumbers::copNo, DeclarationRows::findByCopNoIn),
        PRE_NO(Receipt::preNo, DeclarationNumbers::preNo, DeclarationRows::findByPreNoIn),
        INVT_NO(Receipt::invtNo, DeclarationNumbers::invtNo, DeclarationRows::findByInvtNoIn),
        LOGISTICS_NO(Receipt::logisticsNo, DeclarationNumbers::logisticsNo, DeclarationRows::findByLogisticsNoIn),
        PAY_TRANSACTION_ID(Receipt::payTransactionId, DeclarationNumbers::payTransactionId,
                DeclarationRows::findByPayTransactionIdIn);

        private final Function<Receipt, String> ofReceipt;
        private final Function<DeclarationNumbers, String> ofDeclaration;
        private final BiFunction<DeclarationRows, Collection<String>, List<DeclarationNumbers>> finder;

        ReceiptNumber(Function<Receipt, String> ofReceipt, Function<DeclarationNumbers, String> ofDeclaration,
                      BiFunction<DeclarationRows, Collection<String>, List<DeclarationNumbers>> finder) {
            this.ofReceipt = ofReceipt;
            this.ofDeclaration = ofDeclaration;
            this.finder = finder;
        }

        String of(Receipt receipt) {
            return ofReceipt.apply(receipt);
        }

        String in(DeclarationNumbers declaration) {
            return ofDeclaration.apply(declaration);
        }

        List<DeclarationNumbers> find(DeclarationRows rows, Collection<String> numbers) {
            return finder.apply(rows, numbers);
        }
    }

    @Override
    public List<Parked> parked() {
        List<Parked> parked = new ArrayList<>();
        declarations.findByStatus(DeclarationStatus.PARKED.name()).forEach(d ->
                parked.add(new Parked(d.orderNo(), null, null, d.reason(), UtcTime.instant(d.updatedAt()))));
        messages.parked().forEach(m -> parked.add(new Parked(m.orderNo(), m.messageType(), m.guid(), m.parkedReason(),
                UtcTime.instant(m.sentAt()))));
        parked.sort(Comparator.comparing(Parked::at));
        return parked;
    }

    @Override
    public void park(OutgoingMessage message, String reason, Instant now) {
        messages.save(new MessageRow(message.guid(), message.orderNo(), message.type().name(), UtcTime.of(now),
                message.xml(), null, cut(reason, 1000), null, null));
    }

    @Override
    public void setAside(ReceiptAside a) {
        aside.save(new AsideRow(null, cut(a.source(), 255), a.messageType(), cut(a.identifiers(), 500), a.status(),
                cut(a.reason(), 1000), UtcTime.of(a.at())));
    }

    @Override
    public List<ReceiptAside> setAside() {
        return aside.inOrder().stream().map(a -> new ReceiptAside(a.source(), a.messageType(), a.identifiers(),
                a.statusCode(), a.reason(), UtcTime.instant(a.setAsideAt()))).toList();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    @Override
    public void update(Declaration d, Instant now) {
        declarations.updateState(DeclarationRow.of(d, UtcTime.of(now)));
        if (!d.linesChanged()) {
            return;
        }
        for (DeclarationLine l : d.lines()) {
            lines.updateReturns(d.orderNo(), l.gnum(), l.returnedQty(), l.requestedReturnQty());
        }
    }

    @Override
    public void sent(OutgoingMessage message, Instant now) {
        messages.save(new MessageRow(message.guid(), message.orderNo(), message.type().name(), UtcTime.of(now),
                message.xml(), null, null, null, null));
    }

    @Override
    public void waiting(QueuedMessage message, Instant now) {
        messages.save(new MessageRow(message.guid(), message.orderNo(), message.type().name(), UtcTime.of(now),
                message.xml(), null, null, message.sender(), null));
    }

    @Override
    public List<SentMessage> messages(String orderNo) {
        return messages.of(orderNo).stream().map(m -> new SentMessage(MessageType.valueOf(m.messageType()),
                UtcTime.instant(m.sentAt()), UtcTime.instant(m.deliveredAt()), m.parkedReason(), m.xml(),
                m.envelopeGuid())).toList();
    }

    /**
     * Locked by guid, not by order: a locking read by order number took next-key locks on the order index, the gap
     * to the next order's messages included, and an outbox batch declaring other orders waited to insert theirs
     * there while holding what this batch wanted next (deadlocks with two outbox workers, docs/performance.md,
     * Pipeline, eighth session). The read of the guids cannot miss this order's messages: they were committed with
     * the event being handled, before its delivery began; those kept later come with events of their own.
     */
    @Override
    public List<OutgoingMessage> lockUndeliveredOf(String orderNo) {
        List<String> guids = messages.undeliveredOf(orderNo);
        if (guids.isEmpty()) {
            return List.of();
        }
        return messages.lockUndelivered(guids).stream().map(m -> new OutgoingMessage(
                MessageType.valueOf(m.messageType()), m.orderNo(), m.guid(), m.xml())).toList();
    }

    @Override
    public void delivered(List<String> guids, Instant now) {
        if (!guids.isEmpty()) {
            messages.delivered(guids, UtcTime.of(now));
        }
    }

    @Override
    public List<String> waitingForEnvelopeOf(String orderNo) {
        return messages.waitingForEnvelopeOf(orderNo);
    }

    /**
     * The others are read without a lock, then locked by guid, skipping those another sender holds: a locking read of
     * the kind's index range would lock its gaps too, where every declaring transaction inserts its messages. The
     * plain read may be older than the locks; the locking read drops what went meanwhile, and what was kept after it
     * comes with an event of its own.
     */
    @Override
    public List<QueuedMessage> lockEnvelopeOf(String guid, int max) {
        Optional<MessageRow> own = messages.lockWaiting(guid);
        if (own.isEmpty()) {
            return List.of();
        }
        MessageRow row = own.get();
        List<String> others = new ArrayList<>(MessageType.CEB621.name().equals(row.messageType())
                ? messages.oldestListsWhoseDocumentsWent(row.sender(), max)
                : messages.oldestWaiting(row.messageType(), row.sender(), max));
        others.remove(guid);
        List<String> fill = others.subList(0, Math.min(others.size(), max - 1));
        List<MessageRow> envelope = new ArrayList<>(List.of(row));
        fill.forEach(other -> messages.lockIfUnheld(other).ifPresent(envelope::add));
        return envelope.stream().map(m -> new QueuedMessage(MessageType.valueOf(m.messageType()), m.orderNo(), m.guid(),
                m.sender(), m.xml())).toList();
    }

    /** One statement per row by its key, sent as one batch: a list of keys is a scan while the table is small (ADR 0046). */
    @Override
    public void delivered(List<String> guids, String envelopeGuid, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        try (PreparedStatement ps = connections.getConnection().prepareStatement(
                "UPDATE customs_message SET delivered_at = ?, envelope_guid = ? WHERE guid = ?")) {
            for (String guid : guids) {
                ps.setObject(1, at);
                ps.setString(2, envelopeGuid);
                ps.setString(3, guid);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark " + guids.size() + " message(s) delivered in " + envelopeGuid
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void parkWaiting(String guid, String reason) {
        messages.park(guid, cut(reason, 1000));
    }

    @Override
    public boolean receiptOnce(Receipt r, Instant now) {
        return receipts.insertOnce(r.orderNo(), r.type().name(), r.status(), r.info(), UtcTime.of(r.time()),
                UtcTime.of(now)) == 1;
    }

    @Override
    public Set<ReceiptKey> receiptsOf(Collection<String> orderNos) {
        if (orderNos.isEmpty()) {
            return Set.of();
        }
        return receipts.lockedOf(orderNos).stream().map(r -> new ReceiptKey(r.orderNo(),
                MessageType.valueOf(r.messageType()), r.statusCode())).collect(Collectors.toSet());
    }

    /** One statement for the batch, whose rows the unique key (order, type, status) keeps once each. */
    @Override
    public void received(List<Receipt> batch, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        try {
            MultiRowInsert.insertRows(connections.getConnection(), "INSERT IGNORE INTO customs_receipt (order_no,"
                    + " message_type, status_code, info, receipt_time, received_at) VALUES ", 6, "", batch, (ps, i, r) -> {
                        ps.setString(i, r.orderNo());
                        ps.setString(i + 1, r.type().name());
                        ps.setInt(i + 2, r.status());
                        ps.setString(i + 3, r.info());
                        ps.setObject(i + 4, UtcTime.of(r.time()));
                        ps.setObject(i + 5, at);
                        return i + 6;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep " + batch.size() + " receipt(s): " + e.getMessage(), e);
        }
    }

    @Override
    public List<Receipt> receipts(String orderNo) {
        return receipts.of(orderNo).stream().map(r -> new Receipt(MessageType.valueOf(r.messageType()), r.orderNo(),
                r.statusCode(), r.info(), UtcTime.instant(r.receiptTime()), null, null)).toList();
    }

    @Override
    public boolean taxBillOnce(String orderNo, TaxBill bill, Instant now) {
        return receipts.insertTaxBillOnce(bill.taxNo(), orderNo, bill.invtNo(), Cny.amount(bill.customsTax()),
                Cny.amount(bill.valueAddedTax()), Cny.amount(bill.consumptionTax()), UtcTime.of(now)) == 1;
    }

    private static List<DeclarationLine> toLines(List<DeclarationLineRow> rows) {
        return rows.stream().map(DeclarationLineRow::line).toList();
    }
}
