/**
 * Signing of declared messages as customs verifies them: the XML signature ({@link
 * io.kuajing.customs.adapter.signer.XmlDsigSigner}) with SM2-SM3 or RSA-SHA1, and the seam for where the key lives
 * ({@link io.kuajing.customs.adapter.signer.SigningKey}: a software PEM key here, a UKey adapter in production).
 */
@SecondaryAdapter
package io.kuajing.customs.adapter.signer;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
