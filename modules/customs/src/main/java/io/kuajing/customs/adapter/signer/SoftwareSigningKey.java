package io.kuajing.customs.adapter.signer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A signing key held in memory, read from PEM files: a PKCS#8 private key (RSA, or EC on the SM2 curve) and its
 * X.509 certificate. The algorithm follows from the key. The certificate number (KeyName) is the one configured,
 * else the certificate's serial number in hex, which is how customs' certificates are numbered (an
 * electronic-port certificate with serial 0x01691FE9 signs as KeyName {@code 01691fe9}).
 */
public final class SoftwareSigningKey implements SigningKey {

    /** Parses certificates only (the JDK cannot read a certificate on the SM2 curve); never registered globally. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final SignatureAlgorithm algorithm;
    private final PrivateKey rsaKey;
    private final Sm2.KeySigner sm2;
    private final X509Certificate certificate;
    private final String certificateNumber;

    private SoftwareSigningKey(SignatureAlgorithm algorithm, PrivateKey rsaKey, ECPrivateKeyParameters sm2Key,
                               Sm2.Encoding sm2Encoding, X509Certificate certificate, String certificateNumber) {
        this.algorithm = algorithm;
        this.rsaKey = rsaKey;
        this.sm2 = sm2Key == null ? null : new Sm2.KeySigner(sm2Key, sm2Encoding);
        this.certificate = certificate;
        this.certificateNumber = certificateNumber == null || certificateNumber.isBlank()
                ? serialNumber(certificate.getSerialNumber()) : certificateNumber.strip();
    }

    /**
     * @param certificateNumber the KeyName, or null for the certificate's serial number
     * @param sm2Encoding how an SM2 signature value is written (ignored for RSA)
     * @throws IllegalStateException naming {@code source} when the files are unreadable or do not belong together
     */
    static SoftwareSigningKey fromPem(byte[] privateKeyPem, byte[] certificatePem, String certificateNumber,
                                      Sm2.Encoding sm2Encoding, String source) {
        byte[] der = pkcs8(privateKeyPem, source);
        X509Certificate certificate = certificate(certificatePem, source);
        SoftwareSigningKey key;
        try {
            ASN1ObjectIdentifier type = PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm();
            if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
                PrivateKey rsa = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
                key = new SoftwareSigningKey(SignatureAlgorithm.RSA_SHA1, rsa, null, sm2Encoding, certificate,
                        certificateNumber);
            } else if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)
                    && GMObjectIdentifiers.sm2p256v1.equals(PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm()
                    .getParameters())) {
                key = new SoftwareSigningKey(SignatureAlgorithm.SM2_SM3, null,
                        (ECPrivateKeyParameters) PrivateKeyFactory.createKey(der), sm2Encoding, certificate,
                        certificateNumber);
            } else {
                throw new IllegalStateException("signing key " + source + " is neither RSA nor SM2 (" + type + ")");
            }
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the signing key " + source, e);
        }
        byte[] probe = "kuajing key check".getBytes(StandardCharsets.US_ASCII);
        if (!key.algorithm.verify(certificate.getPublicKey(), probe, key.signatureValue(probe))) {
            throw new IllegalStateException("signing key " + source + " does not belong to its certificate "
                    + certificate.getSubjectX500Principal());
        }
        return key;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public String certificateNumber() {
        return certificateNumber;
    }

    @Override
    public byte[] signatureValue(byte[] canonicalSignedInfo) {
        if (algorithm == SignatureAlgorithm.SM2_SM3) {
            return sm2.sign(canonicalSignedInfo);
        }
        try {
            Signature rsa = Signature.getInstance("SHA1withRSA");
            rsa.initSign(rsaKey);
            rsa.update(canonicalSignedInfo);
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA signing failed", e);
        }
    }

    /** A certificate in PEM (or DER), RSA or SM2. */
    static X509Certificate certificate(byte[] pemOrDer, String source) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                    .generateCertificate(new ByteArrayInputStream(pemOrDer));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot read the signing certificate of " + source, e);
        }
    }

    private static byte[] pkcs8(byte[] pem, String source) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalStateException("signing key " + source + " must be a PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        try {
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("signing key " + source + " is not valid PEM", e);
        }
    }

    private static String serialNumber(BigInteger serial) {
        String hex = serial.toString(16);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
