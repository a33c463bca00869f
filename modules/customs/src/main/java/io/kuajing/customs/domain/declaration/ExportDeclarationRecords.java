package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The 9610 export declarations, in the caller's transaction. Their messages and receipts are kept by
 * {@link DeclarationRecords} like an import declaration's.
 */
@Repository
@SecondaryPort
public interface ExportDeclarationRecords {

    /** @return false when the order was declared already (its number is the key): nothing is written then */
    boolean add(ExportDeclaration declaration, Instant now);

    Optional<ExportDeclaration> find(String orderNo);

    /** The declaration, locked for the rest of the transaction. */
    Optional<ExportDeclaration> lock(String orderNo);

    /** Stamps when customs concluded it, the first time it is updated ACCEPTED (the month a summary counts it in). */
    void update(ExportDeclaration declaration, Instant now);

    /**
     * A withdrawal (CEB605, our number {@code copNo}) of the declaration's list is under way, unless one already is.
     * @return whether this one is the withdrawal under way
     */
    boolean withdrawing(String orderNo, String copNo);

    /** Customs answered the withdrawal under way: another may be asked (after a refusal). */
    void withdrawalAnswered(String orderNo);

    /**
     * The vendor's receipt of payment (CEB403) is sent, unless one was.
     * @return whether this one is the first
     */
    boolean paymentReceiptSent(String orderNo);

    /**
     * Customs answered the receipt of payment (CEB404): ACCEPTED or REFUSED, once.
     * @return whether this answer is the first
     */
    boolean paymentReceiptAnswered(String orderNo, boolean accepted);

    /** Its list is declared type B (汇总申报) for the vendor of this customs code: summed up later by CEB701. */
    void summedUpLater(String orderNo, String ebcCode);

    /** The order an export receipt is about, by the first number it names: orderNo, copNo, logisticsNo, preNo, invtNo. */
    Optional<String> orderOf(Receipt receipt);
}
