package io.kuajing.customs.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.DeclarationRecords.ReceiptKey;
import io.kuajing.customs.domain.declaration.Receipt;

/**
 * Import receipts applied in one transaction, with statements per batch rather than per receipt: the orders they are
 * about are found together (one query per kind of number), their declarations locked together, the receipts already
 * kept for them read once, and at the end the new receipts kept in one batch and each changed declaration written
 * back once, however many of its receipts came together. Applying a receipt was five to seven statements, seven
 * receipts per order.
 */
final class ReceiptBatch {

    private final DeclarationRecords records;
    private final Map<Receipt, String> found;
    private final Map<String, Declaration> locked;
    private final Set<ReceiptKey> seen;
    private final List<Receipt> kept = new ArrayList<>();
    private final Map<String, Declaration> changed = new LinkedHashMap<>();

    ReceiptBatch(DeclarationRecords records, List<Receipt> receipts) {
        this.records = records;
        this.found = records.ordersOf(receipts);
        this.locked = records.lockAll(new TreeSet<>(found.values()));
        this.seen = new HashSet<>(records.receiptsOf(locked.keySet()));
    }

    /** The locked declaration the receipt is about; empty when it matches none sent from here. */
    Optional<Declaration> declarationOf(Receipt receipt) {
        String orderNo = found.get(receipt);
        return orderNo != null ? Optional.ofNullable(locked.get(orderNo)) : numberedInThisBatch(receipt);
    }

    /**
     * A list receipt numbers the declaration (invtNo, preNo) that later receipts name it by, an 816 tax bill say; when
     * both arrive together, the numbers are not written yet when the orders are looked up, only set on the locked
     * declaration.
     */
    private Optional<Declaration> numberedInThisBatch(Receipt receipt) {
        return locked.values().stream()
                .filter(d -> receipt.invtNo() != null && receipt.invtNo().equals(d.invtNo())
                        || receipt.preNo() != null && receipt.preNo().equals(d.preNo()))
                .findFirst();
    }

    /**
     * @param receipt attributed to its order
     * @return false when the receipt was kept before, or came earlier in this batch: it changes nothing then
     */
    boolean firstTime(Receipt receipt) {
        Objects.requireNonNull(receipt.orderNo(), "a receipt is kept for its order");
        if (!seen.add(ReceiptKey.of(receipt))) {
            return false;
        }
        kept.add(receipt);
        return true;
    }

    /** The declaration's state changed: it is written back when the batch is kept. */
    void changed(Declaration declaration) {
        changed.put(declaration.orderNo(), declaration);
    }

    void keep(Instant now) {
        records.received(kept, now);
        changed.values().forEach(d -> records.update(d, now));
    }
}
