package io.kuajing.customs.domain.declaration;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Signs a declared message with the declaring company's key before it goes to the single window, as customs
 * verifies it: an enveloped XML signature with SM2-SM3 (customs' preferred national algorithm) or RSA-SHA1, the
 * certificate number as KeyName and the certificate in KeyInfo. Where the key lives (a software key, a UKey) is
 * the adapter's concern.
 */
@SecondaryPort
public interface Signer {

    /** @return the message with its enveloped signature as its last element */
    byte[] sign(byte[] xml);

    /** @return the message ready to go: its XML with its enveloped signature as its last element */
    OutgoingMessage sign(UnsignedMessage message);
}
