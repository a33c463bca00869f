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
}
