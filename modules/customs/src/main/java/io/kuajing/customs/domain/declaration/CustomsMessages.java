package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.List;

import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.Person;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Writes the CEB messages (XML in the single window's namespace) for a declaration and its follow-ups, to be signed. */
@SecondaryPort
public interface CustomsMessages {

    /**
     * A kept message as an operator may read it: indented, with the personal data it carries (ID numbers, names,
     * phones, addresses) masked.
     */
    String forOperators(byte[] xml);

    /** A new guid: 36 characters, upper case. */
    String newGuid();

    /**
     * CEB311 order, CEB411 payment, CEB511 waybill and CEB621 inventory list (numbered {@code copNo}), in that order.
     *
     * @throws io.kuajing.kernel.RuleViolation when a line is not declarable (e.g. no legal unit for its HS code)
     */
    List<UnsignedMessage> declare(DeclarationRequest request, String copNo, Instant at);

    /**
     * One message of the members' kind (CEB311, 411, 511 or 621) under a new guid, carrying each member's document
     * (its Order, Payment, Logistics or Inventory element) and their common BaseTransfer, to be signed once: customs'
     * schema takes up to 100 in one message and customs answers each on its own (ADR 0047).
     *
     * @throws IllegalArgumentException for no member, more than 100, or members of different kinds or senders
     */
    UnsignedMessage envelope(List<? extends UnsignedMessage> members);

    /** CEB623: cancel the inventory list. The buyer's full identity is needed again: Kuajing keeps only its hash. */
    UnsignedMessage cancel(Declaration declaration, Person buyer, String reason, Instant at);

    /** CEB625: return the quantities the declaration's lines have on their way back (requestedReturnQty). */
    UnsignedMessage refund(Declaration declaration, Person buyer, String reason, Instant at);
}
