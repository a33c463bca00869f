package io.kuajing.customs.adapter.signer;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.customs.signer}: which of customs' signature algorithms to sign with and the declaring company's
 * key. {@code algorithm} ({@code KUAJING_CUSTOMS_SIGNER_ALGORITHM}) is {@code sm2-sm3} or {@code rsa-sha1}; unset,
 * it follows from the configured key, and with no key configured it is {@code sm2-sm3} (customs' preferred) with
 * the SM2 development key. The development keys in config/customs/dev-signing prove nothing: production sets its
 * own key, or replaces the software key with a hardware one (see {@link SigningKey}).
 */
@ConfigurationProperties("kuajing.customs.signer")
public class SignerSettings {

    static final String DEV_FOLDER = "config/customs/dev-signing/";

    private String algorithm;
    private Path privateKey;
    private Path certificate;
    private String certificateNumber;
    private String sm2SignatureEncoding = "raw";

    /** The algorithm to sign with: the configured one, else the configured key's, else SM2-SM3. */
    SignatureAlgorithm resolvedAlgorithm(SignatureAlgorithm ofConfiguredKey) {
        if (algorithm != null && !algorithm.isBlank()) {
            return SignatureAlgorithm.ofSetting(algorithm);
        }
        return ofConfiguredKey != null ? ofConfiguredKey : SignatureAlgorithm.SM2_SM3;
    }

    /** The development key file of an algorithm, relative to the working folder (and inside the jar). */
    static String devKey(SignatureAlgorithm algorithm) {
        return algorithm == SignatureAlgorithm.SM2_SM3 ? "dev-sm2-signing-key.pem" : "dev-signing-key.pem";
    }

    static String devCertificate(SignatureAlgorithm algorithm) {
        return algorithm == SignatureAlgorithm.SM2_SM3 ? "dev-sm2-signing-cert.pem" : "dev-signing-cert.pem";
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
    }

    /** PEM PKCS#8 private key; null for the algorithm's development key. */
    public Path getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(Path privateKey) {
        this.privateKey = privateKey;
    }

    /** PEM X.509 certificate of the key; null for the development certificate. */
    public Path getCertificate() {
        return certificate;
    }

    public void setCertificate(Path certificate) {
        this.certificate = certificate;
    }

    /** KeyName: the certificate number customs registered; null for the certificate's serial number in hex. */
    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    /** {@code raw} (r||s, 64 bytes, as SM2 devices return it) or {@code der} (GM/T 0009 SEQUENCE). */
    public String getSm2SignatureEncoding() {
        return sm2SignatureEncoding;
    }

    public void setSm2SignatureEncoding(String sm2SignatureEncoding) {
        this.sm2SignatureEncoding = sm2SignatureEncoding;
    }
}
