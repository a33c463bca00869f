package io.kuajing.customs.domain.declaration;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Customs' own schema (the XSD of the edition customs publishes), checked on every message after signing and
 * before it leaves: a message customs' gate would refuse is kept back, with the reason, for an operator.
 */
@SecondaryPort
public interface MessageSchema {

    /** @return why the message does not conform (first problem, with the line and the element), or empty */
    Optional<String> violation(OutgoingMessage message);

    /**
     * Why a message kept unsigned would not conform once signed (ADR 0047), or empty: checked with a signature's
     * place held, since customs' schema requires the signature on some messages (CEB621) and an envelope's is not
     * made yet. The envelope is checked again, signed, as it leaves.
     */
    Optional<String> violationOnceSigned(QueuedMessage message);
}
