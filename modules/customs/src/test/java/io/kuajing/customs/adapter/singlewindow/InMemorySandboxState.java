package io.kuajing.customs.adapter.singlewindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.kernel.Money;

/** The sandbox's state in memory, for the sandbox's unit tests (no database); one instance only. */
final class InMemorySandboxState implements SandboxState {

    private final Map<String, Map<MessageType, byte[]>> documents = new HashMap<>();
    private final Map<String, Money> ledger = new HashMap<>();
    private final Map<String, NumberedList> lists = new HashMap<>();
    private final Map<String, String> refusals = new HashMap<>();
    /** Insertion order within one due time, as the table's id orders them. */
    private final Map<Long, Scheduled> receipts = new LinkedHashMap<>();
    private long numbers;

    @Override
    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    @Override
    public synchronized void keep(String orderNo, MessageType type, byte[] xml) {
        documents.computeIfAbsent(orderNo, k -> new EnumMap<>(MessageType.class)).put(type, xml);
    }

    @Override
    public synchronized Optional<byte[]> document(String orderNo, MessageType type) {
        return Optional.ofNullable(documents.getOrDefault(orderNo, Map.of()).get(type));
    }

    @Override
    public synchronized Money spent(String buyerYear) {
        return ledger.getOrDefault(buyerYear, Money.zero(Money.CNY));
    }

    @Override
    public synchronized void spend(String buyerYear, Money amount) {
        ledger.merge(buyerYear, amount, Money::plus);
    }

    @Override
    public synchronized void numbered(String orderNo, NumberedList list) {
        lists.put(orderNo, list);
    }

    @Override
    public synchronized Optional<NumberedList> list(String orderNo) {
        return Optional.ofNullable(lists.get(orderNo));
    }

    @Override
    public synchronized Money uncount(String orderNo) {
        NumberedList list = lists.get(orderNo);
        if (list == null) {
            return null;
        }
        lists.put(orderNo, new NumberedList(list.preNo(), list.invtNo(), list.buyerYear(), null));
        return list.counted();
    }

    @Override
    public synchronized void refuseNext(String orderNo, String reason) {
        refusals.put(orderNo, reason);
    }

    @Override
    public synchronized Optional<String> takeRefusal(String orderNo) {
        return Optional.ofNullable(refusals.remove(orderNo));
    }

    @Override
    public synchronized long nextNumber() {
        return ++numbers;
    }

    @Override
    public synchronized void schedule(Scheduled receipt) {
        receipts.put(++numbers, receipt);
    }

    @Override
    public synchronized void dropPending(String orderNo, Set<MessageType> types) {
        receipts.values().removeIf(r -> r.orderNo().equals(orderNo) && types.contains(r.type()));
    }

    @Override
    public synchronized boolean pending(String orderNo, MessageType type, String returnStatus) {
        return receipts.values().stream().anyMatch(r -> r.orderNo().equals(orderNo) && r.type() == type
                && returnStatus.equals(r.fields().get("returnStatus")));
    }

    @Override
    public synchronized List<Claimed> claimDue(Instant now, Instant claimedUntil, int max) {
        List<Claimed> due = new ArrayList<>();
        receipts.entrySet().stream().filter(e -> !e.getValue().due().isAfter(now))
                .sorted(Map.Entry.<Long, Scheduled>comparingByValue((a, b) -> a.due().compareTo(b.due()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(e -> due.add(new Claimed(e.getKey(), e.getValue())));
        due.forEach(c -> receipts.remove(c.id()));
        return due;
    }

    @Override
    public synchronized void delivered(List<Long> ids) {
        ids.forEach(receipts::remove);
    }

    @Override
    public synchronized List<Scheduled> pending() {
        return receipts.entrySet().stream()
                .sorted(Map.Entry.<Long, Scheduled>comparingByValue((a, b) -> a.due().compareTo(b.due()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getValue).toList();
    }
}
