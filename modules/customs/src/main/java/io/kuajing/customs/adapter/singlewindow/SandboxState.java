package io.kuajing.customs.adapter.singlewindow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.kernel.Money;

/**
 * What the customs sandbox remembers. Kept in the database ({@link JdbcSandboxState}) so that every instance on it
 * answers as the same customs: a declaration's documents may reach the sandbox through different instances, and its
 * receipts are delivered once, by whichever instance claims them.
 */
interface SandboxState {

    /** Runs {@code work} as one unit (one transaction: joined when the caller has one). */
    <T> T atomically(Supplier<T> work);

    void keep(String orderNo, MessageType type, byte[] xml);

    Optional<byte[]> document(String orderNo, MessageType type);

    /** The buyer's yearly total as customs counts it, read for an update (locked until the unit ends). */
    Money spent(String buyerYear);

    /** Adds {@code amount} (negative: gives back) to the buyer's yearly total. */
    void spend(String buyerYear, Money amount);

    void numbered(String orderNo, NumberedList list);

    Optional<NumberedList> list(String orderNo);

    /** The list's counted amount, no longer counted from now on (null when it was not, or no more). */
    Money uncount(String orderNo);

    void refuseNext(String orderNo, String reason);

    /** The refusal asked for the order's next follow-up, taken (so the one after is answered on its merits). */
    Optional<String> takeRefusal(String orderNo);

    /** A number never drawn before, on any instance. */
    long nextNumber();

    void schedule(Scheduled receipt);

    /** Drops what was still to come for the order of these types (a cancelled list is neither released nor cleared). */
    void dropPending(String orderNo, Set<MessageType> types);

    /** Whether a receipt of this type and status is still to come for the order. */
    boolean pending(String orderNo, MessageType type, String returnStatus);

    /**
     * Up to {@code max} receipts due at {@code now}, claimed until {@code claimedUntil}: no other instance takes them
     * meanwhile; an instance that died before {@link #delivered} leaves them to be claimed again after that.
     */
    List<Claimed> claimDue(Instant now, Instant claimedUntil, int max);

    /** These claimed receipts are gone: applied, or set aside by the receipt processing. */
    void delivered(List<Long> ids);

    /** Every receipt still to come, in order. */
    List<Scheduled> pending();

    /** A list the sandbox numbered: its numbers, whose yearly total it counts on, and how much (null: no more). */
    record NumberedList(String preNo, String invtNo, String buyerYear, Money counted) {
    }

    /** A receipt message to deliver when due: its type and fields (816: with its tax lines), about {@code orderNo}. */
    record Scheduled(Instant due, String orderNo, MessageType type, Map<String, String> fields,
                     List<Map<String, String>> taxLines) {
    }

    record Claimed(long id, Scheduled receipt) {
    }
}
