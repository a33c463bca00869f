package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** The declarations, their sent messages, receipts and tax bills, in the caller's transaction. */
@Repository
@SecondaryPort
public interface DeclarationRecords {

    /** @return false when the order was declared already (its number is the key): nothing is written then */
    boolean add(Declaration declaration, Instant now);

    /** The declaration, locked for the rest of the transaction. */
    Optional<Declaration> lock(String orderNo);

    Optional<Declaration> find(String orderNo);

    /** The order declared with this waybill (logistics) number. */
    Optional<String> orderOfParcel(String logisticsNo);

    void update(Declaration declaration, Instant now);

    /** Keeps a signed message, to be sent once the change that made it commits. */
    void sent(OutgoingMessage message, Instant now);

    /** A kept message the single window has not taken yet; empty once it was delivered. */
    Optional<OutgoingMessage> undelivered(String guid);

    void delivered(String guid, Instant now);

    /** @return false when this receipt (order, type, status) was recorded before */
    boolean receiptOnce(Receipt receipt, Instant now);

    List<Receipt> receipts(String orderNo);

    /** @return false when the bill was recorded before */
    boolean taxBillOnce(String orderNo, TaxBill bill, Instant now);
}
