package io.kuajing.customs.adapter.signer;

import java.security.cert.X509Certificate;

/**
 * Where the declaring company's key lives: the seam between the XML signature, which {@link XmlDsigSigner} builds
 * the same way for every key, and the signature value, which only the key holder can compute.
 *
 * <p>{@link SoftwareSigningKey} holds a PEM key in memory (development, or a key exported from a signing server).
 * In production customs issues the key on a UKey (智能密码钥匙) or a signing server (服务类密码设备) whose private
 * key never leaves the device: its adapter implements this interface by sending the canonical SignedInfo to the
 * device's client (for the electronic-port UKey, its local signing service's "sign data" call, with the UKey
 * password) and returning the value it answers, and takes the certificate and its number from the device. Such an
 * adapter goes in this package (e.g. {@code UkeySigningKey}) and is chosen in {@link SignerFactory}; see
 * docs/customs.md, "Signatures".
 */
public interface SigningKey {

    SignatureAlgorithm algorithm();

    /** The signing certificate, carried in KeyInfo/X509Data. */
    X509Certificate certificate();

    /** The certificate number customs knows the key by, carried as KeyInfo/KeyName. */
    String certificateNumber();

    /** The signature value over the canonical (C14N 1.0) SignedInfo element, before Base64. */
    byte[] signatureValue(byte[] canonicalSignedInfo);
}
