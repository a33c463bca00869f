package io.kuajing.customs.domain.declaration;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Signs a declared message with the declaring company's key before it goes to the single window. The shipped
 * adapter is an RSA XML-DSig signer; in China the key sits on an SM2 UKey, a future adapter of this port.
 */
@SecondaryPort
public interface Signer {

    /** @return the message with its enveloped signature */
    byte[] sign(byte[] xml);
}
