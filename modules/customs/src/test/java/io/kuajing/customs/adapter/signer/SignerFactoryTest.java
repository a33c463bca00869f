package io.kuajing.customs.adapter.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code kuajing.customs.signer.*}: which key signs with which algorithm, and the start-up errors. */
class SignerFactoryTest {

    static final Path DEV = IndependentVerificationTest.DEV;

    static XmlDsigSigner signer(SignerSettings settings) {
        return new SignerFactory().xmlDsigSigner(settings);
    }

    @Test
    void withNothingConfiguredCustomsPreferredSm2SignsWithTheDevelopmentKey() {
        XmlDsigSigner signer = signer(new SignerSettings());
        assertEquals(SignatureAlgorithm.SM2_SM3, signer.algorithm());
        assertTrue(signer.certificate().getSubjectX500Principal().getName().contains("not for production"));
    }

    @Test
    void theAlgorithmSettingPicksItsDevelopmentKeyAndAConfiguredKeyItsAlgorithm() {
        SignerSettings rsa = new SignerSettings();
        rsa.setAlgorithm("rsa-sha1");
        assertEquals(SignatureAlgorithm.RSA_SHA1, signer(rsa).algorithm());

        SignerSettings configured = new SignerSettings();
        configured.setPrivateKey(DEV.resolve("dev-signing-key.pem"));
        configured.setCertificate(DEV.resolve("dev-signing-cert.pem"));
        assertEquals(SignatureAlgorithm.RSA_SHA1, signer(configured).algorithm());
    }

    @Test
    void anAlgorithmThatIsNotTheKeysStopsTheStart() {
        SignerSettings settings = new SignerSettings();
        settings.setAlgorithm("sm2-sm3");
        settings.setPrivateKey(DEV.resolve("dev-signing-key.pem"));
        settings.setCertificate(DEV.resolve("dev-signing-cert.pem"));
        var e = assertThrows(IllegalStateException.class, () -> signer(settings));
        assertTrue(e.getMessage().contains("kuajing.customs.signer.algorithm is sm2-sm3 but the key"), e.getMessage());
    }

    @Test
    void aMissingKeyFileOrAnUnknownEncodingStopsTheStart() {
        SignerSettings missing = new SignerSettings();
        missing.setPrivateKey(Path.of("no/such/key.pem"));
        missing.setCertificate(DEV.resolve("dev-sm2-signing-cert.pem"));
        assertTrue(assertThrows(IllegalStateException.class, () -> signer(missing)).getMessage().contains("no/such/key.pem"));

        SignerSettings encoding = new SignerSettings();
        encoding.setSm2SignatureEncoding("base64");
        assertTrue(assertThrows(IllegalStateException.class, () -> signer(encoding)).getMessage()
                .contains("sm2-signature-encoding"));
    }

    @Test
    void theCertificateNumberSettingIsTheKeyNameAndDerIsOneSettingAway() {
        SignerSettings settings = new SignerSettings();
        settings.setCertificateNumber("0300000123");
        settings.setSm2SignatureEncoding("der");
        XmlDsigSigner signer = signer(settings);
        SignedXml signed = new SignedXml(signer.sign("<a xmlns=\"urn:x\">1</a>".getBytes()));
        assertEquals("0300000123", signed.text("KeyName"));
        byte[] value = signed.base64("SignatureValue");
        assertEquals(0x30, value[0], "a DER SEQUENCE");
        assertTrue(XmlDsigSigner.verify(SignedXml.serialize(signed.document), signer.certificate().getPublicKey()));
    }
}
