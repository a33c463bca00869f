package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** The declarations, their sent messages, receipts and tax bills, in the caller's transaction. */
@Repository
@SecondaryPort
public interface DeclarationRecords {

    /** @return false when the order was declared already (its number is the key): nothing is written then */
    boolean add(Declaration declaration, Instant now);

    /** The declaration, locked for the rest of the transaction. */
    default Optional<Declaration> lock(String orderNo) {
        return Optional.ofNullable(lockAll(List.of(orderNo)).get(orderNo));
    }

    /**
     * The declarations of these orders, locked for the rest of the transaction, by order number (orders never
     * declared are absent). Locked in order-number order, so two callers locking overlapping sets cannot deadlock.
     */
    Map<String, Declaration> lockAll(Collection<String> orderNos);

    Optional<Declaration> find(String orderNo);

    /** The order declared with this waybill (logistics) number. */
    Optional<String> orderOfParcel(String logisticsNo);

    /**
     * The order each receipt is about, by the first number it names that identifies a declaration here: orderNo,
     * copNo, preNo, invtNo, logisticsNo, payTransactionId. Receipts matching no declaration are absent. One query per
     * kind of number, whatever the number of receipts.
     */
    Map<Receipt, String> ordersOf(Collection<Receipt> receipts);

    /** Declarations kept back (PARKED) and messages kept back, oldest first: what operators must look at. */
    List<Parked> parked();

    /** A message kept back because it failed customs' schema, never sent. */
    void park(OutgoingMessage message, String reason, Instant now);

    /** A receipt that matched no declaration, or could not be read, set aside for an operator. */
    void setAside(ReceiptAside aside);

    List<ReceiptAside> setAside();

    /** Something kept back: the order, the message type (or null for the declaration itself) and why. */
    record Parked(String orderNo, String messageType, String guid, String reason, Instant at) {
    }

    /**
     * A receipt set aside: its type and numbers when it could be read ({@code source} is where it came from, e.g. the
     * inbox file name), the reason; never its content.
     */
    record ReceiptAside(String source, String messageType, String identifiers, Integer status, String reason,
                        Instant at) {
    }

    void update(Declaration declaration, Instant now);

    /** Keeps a signed message, to be sent once the change that made it commits. */
    void sent(OutgoingMessage message, Instant now);

    /** Keeps an order's message unsigned, to go in an envelope (ADR 0047) once the change that made it commits. */
    void waiting(QueuedMessage message, Instant now);

    /**
     * A message kept for an order: when it was queued, when the single window took it (null while not yet, or when
     * parked with a reason) in which message ({@code envelopeGuid}: its own guid when it went alone), and its XML
     * (null for messages sent before it was kept; unsigned for one that went in an envelope).
     */
    record SentMessage(MessageType type, Instant sentAt, Instant deliveredAt, String parkedReason, byte[] xml,
                       String envelopeGuid) {
    }

    /** The messages kept for the order, in the order they were queued. */
    List<SentMessage> messages(String orderNo);

    /**
     * The order's kept messages the single window has not taken yet, in the order they must reach it (the three
     * documents before the inventory list, a cancellation after it), locked: one sender at a time hands an order's
     * messages over, and the next finds them delivered.
     */
    List<OutgoingMessage> lockUndeliveredOf(String orderNo);

    /** The single window took these messages, each sent alone (one statement for all of a hand-over's messages). */
    void delivered(List<String> guids, Instant now);

    /** The order's messages waiting for an envelope (their guids), in the order they must reach customs: 311, 411, 511, 621. */
    List<String> waitingForEnvelopeOf(String orderNo);

    /**
     * The envelope the waiting message {@code guid} goes in, locked: that message (waited for while another sender
     * holds it; none when it went meanwhile), then up to {@code max} - 1 others of its kind and sender that no one
     * holds, oldest first; an inventory list among those only once its order's three documents went.
     */
    List<QueuedMessage> lockEnvelopeOf(String guid, int max);

    /** The single window took these messages in the message {@code envelopeGuid}. */
    void delivered(List<String> guids, String envelopeGuid, Instant now);

    /** A waiting message kept back: the envelope it would go in does not conform (failed customs' schema). */
    void parkWaiting(String guid, String reason);

    /** @return false when this receipt (order, type, status) was recorded before */
    boolean receiptOnce(Receipt receipt, Instant now);

    /**
     * The receipts recorded for these orders, by their key, read with a lock: the caller holds the declarations'
     * locks, and what it reads must be what committed while it waited for them, not its transaction's snapshot.
     */
    Set<ReceiptKey> receiptsOf(Collection<String> orderNos);

    /** Records receipts attributed to their orders, each once by its key (one batch for all of them). */
    void received(List<Receipt> receipts, Instant now);

    /** What makes a receipt the same receipt: customs may deliver one twice, and the second changes nothing. */
    record ReceiptKey(String orderNo, MessageType type, int status) {

        public static ReceiptKey of(Receipt receipt) {
            return new ReceiptKey(receipt.orderNo(), receipt.type(), receipt.status());
        }
    }

    List<Receipt> receipts(String orderNo);

    /** @return false when the bill was recorded before */
    boolean taxBillOnce(String orderNo, TaxBill bill, Instant now);
}
