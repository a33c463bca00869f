package io.kuajing.customs.adapter.signer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;

import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.SampleOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmlDsigSignerTest {

    static final XmlDsigSigner RSA = XmlDsigSigner.fromPem(IndependentVerificationTest.DEV.resolve("dev-signing-key.pem"),
            IndependentVerificationTest.DEV.resolve("dev-signing-cert.pem"));
    static final XmlDsigSigner SM2 = XmlDsigSigner.fromPem(IndependentVerificationTest.DEV.resolve("dev-sm2-signing-key.pem"),
            IndependentVerificationTest.DEV.resolve("dev-sm2-signing-cert.pem"));

    static XmlDsigSigner signer(SignatureAlgorithm algorithm) {
        return algorithm == SignatureAlgorithm.SM2_SM3 ? SM2 : RSA;
    }

    byte[] order() {
        return SampleMessages.writer()
                .declare(SampleOrders.directMail("KJ-SIGN-1"), SampleMessages.COP_NO, Instant.parse("2026-11-20T02:16:00Z")).get(0).xml();
    }

    @Test
    void theAlgorithmFollowsFromTheKey() {
        assertEquals(SignatureAlgorithm.RSA_SHA1, RSA.algorithm());
        assertEquals(SignatureAlgorithm.SM2_SM3, SM2.algorithm());
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignedMessageVerifiesAndKeepsItsContent(SignatureAlgorithm algorithm) {
        byte[] signed = signer(algorithm).sign(order());
        String xml = new String(signed, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ceb:orderNo>KJ-SIGN-1</ceb:orderNo>"));
        assertTrue(XmlDsigSigner.verify(signed, signer(algorithm).certificate().getPublicKey()));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aParsedMessageIsVerifiedAndLeftAsItWas(SignatureAlgorithm algorithm) {
        byte[] signed = signer(algorithm).sign(order());
        Document document = SafeXml.parse(signed, 1 << 20);
        var key = signer(algorithm).certificate().getPublicKey();
        byte[] before = XmlDsigSigner.canonical(document);

        assertTrue(XmlDsigSigner.verify(document, key));
        assertArrayEquals(before, XmlDsigSigner.canonical(document), "the Signature is put back where it was");
        assertTrue(XmlDsigSigner.verify(document, key));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void theSignatureHasTheOfficialShapeAsTheMessagesLastElement(SignatureAlgorithm algorithm) {
        SignedXml signed = new SignedXml(signer(algorithm).sign(order()));
        assertEquals(signed.document.getDocumentElement(), signed.signature.getParentNode());
        assertEquals(null, nextElement(signed.signature), "Signature is the last element");
        assertEquals("ds:Signature", signed.signature.getTagName());
        assertEquals(List.of("SignedInfo", "SignatureValue", "KeyInfo"), children(signed.signature));
        assertEquals(List.of("CanonicalizationMethod", "SignatureMethod", "Reference"),
                children((Element) signed.signature.getFirstChild()));
        assertEquals(List.of("KeyName", "X509Data"),
                children((Element) signed.document.getElementsByTagNameNS(SignedXml.DS, "KeyInfo").item(0)));
        assertEquals("http://www.w3.org/TR/2001/REC-xml-c14n-20010315", signed.algorithm("CanonicalizationMethod"));
        assertEquals(algorithm.signatureMethod(), signed.algorithm("SignatureMethod"));
        assertEquals(algorithm.digestMethod(), signed.algorithm("DigestMethod"));
        assertEquals("http://www.w3.org/2000/09/xmldsig#enveloped-signature", signed.algorithm("Transform"));
        // KeyName: the certificate number, by default the certificate's serial in hex, as customs numbers them.
        assertEquals(signer(algorithm).certificate().getSerialNumber(), new java.math.BigInteger(signed.text("KeyName"), 16));
    }

    @Test
    void aConfiguredCertificateNumberIsTheKeyName() throws IOException {
        XmlDsigSigner numbered = new XmlDsigSigner(SoftwareSigningKey.fromPem(
                Files.readAllBytes(IndependentVerificationTest.DEV.resolve("dev-sm2-signing-key.pem")),
                Files.readAllBytes(IndependentVerificationTest.DEV.resolve("dev-sm2-signing-cert.pem")), "01691fe9",
                Sm2.Encoding.RAW, "dev"));
        assertEquals("01691fe9", new SignedXml(numbered.sign(order())).text("KeyName"));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aTamperedMessageAnotherKeyOrNoSignatureFailsVerification(SignatureAlgorithm algorithm) throws Exception {
        XmlDsigSigner signer = signer(algorithm);
        byte[] signed = signer.sign(order());
        byte[] tampered = new String(signed, StandardCharsets.UTF_8)
                .replace("<ceb:acturalPaid>230.02</ceb:acturalPaid>", "<ceb:acturalPaid>1.00</ceb:acturalPaid>")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(XmlDsigSigner.verify(tampered, signer.certificate().getPublicKey()));
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        assertFalse(XmlDsigSigner.verify(signed, other.generateKeyPair().getPublic()));
        assertFalse(XmlDsigSigner.verify(signed, signer(algorithm == SignatureAlgorithm.SM2_SM3
                ? SignatureAlgorithm.RSA_SHA1 : SignatureAlgorithm.SM2_SM3).certificate().getPublicKey()));
        assertFalse(XmlDsigSigner.verify(order(), signer.certificate().getPublicKey()), "unsigned");
    }

    @Test
    void aSignatureMethodCustomsDoesNotAcceptFailsVerification() {
        byte[] signed = RSA.sign(order());
        byte[] sha256 = new String(signed, StandardCharsets.UTF_8)
                .replace("xmldsig#rsa-sha1", "xmldsig-more#rsa-sha256").getBytes(StandardCharsets.UTF_8);
        assertFalse(XmlDsigSigner.verify(sha256, RSA.certificate().getPublicKey()));
    }

    @Test
    void aSignedMessageIsNotSignedTwice() {
        byte[] signed = SM2.sign(order());
        assertThrows(IllegalArgumentException.class, () -> SM2.sign(signed));
    }

    @Test
    void aKeyWithAnotherKeysCertificateIsRefused() throws IOException {
        byte[] rsaKey = Files.readAllBytes(IndependentVerificationTest.DEV.resolve("dev-signing-key.pem"));
        byte[] sm2Cert = Files.readAllBytes(IndependentVerificationTest.DEV.resolve("dev-sm2-signing-cert.pem"));
        var e = assertThrows(IllegalStateException.class, () -> XmlDsigSigner.fromPem(rsaKey, sm2Cert, "mixed"));
        assertTrue(e.getMessage().contains("does not belong to its certificate"), e.getMessage());
    }

    @Test
    void theAlgorithmSettingIsOneCustomsAccepts() {
        assertEquals(SignatureAlgorithm.SM2_SM3, SignatureAlgorithm.ofSetting("SM2-SM3"));
        assertEquals(SignatureAlgorithm.RSA_SHA1, SignatureAlgorithm.ofSetting("rsa-sha1"));
        var e = assertThrows(IllegalStateException.class, () -> SignatureAlgorithm.ofSetting("rsa-sha256"));
        assertTrue(e.getMessage().contains("kuajing.customs.signer.algorithm"));
    }

    private static List<String> children(Element parent) {
        List<String> names = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static Element nextElement(Node n) {
        for (Node s = n.getNextSibling(); s != null; s = s.getNextSibling()) {
            if (s instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
