package io.kuajing.customs.adapter.signer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;

import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.SampleOrders;
import org.junit.jupiter.api.Test;

class XmlDsigSignerTest {

    static final XmlDsigSigner SIGNER = XmlDsigSigner.fromPem(Fixtures.CONFIG.resolve("dev-signing/dev-signing-key.pem"),
            Fixtures.CONFIG.resolve("dev-signing/dev-signing-cert.pem"));

    byte[] order() {
        return SampleMessages.writer()
                .declare(SampleOrders.directMail("KJ-SIGN-1"), SampleMessages.COP_NO, Instant.parse("2026-11-20T02:16:00Z")).get(0).xml();
    }

    @Test
    void aSignedMessageVerifiesWithTheCertificateAndKeepsItsContent() {
        byte[] signed = SIGNER.sign(order());
        String xml = new String(signed, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ds:Signature") || xml.contains("<Signature"), "enveloped signature present");
        assertTrue(xml.contains("<ceb:orderNo>KJ-SIGN-1</ceb:orderNo>"));
        assertTrue(XmlDsigSigner.verify(signed, SIGNER.certificate().getPublicKey()));
    }

    @Test
    void aTamperedMessageOrAnotherKeyFailsVerification() throws Exception {
        byte[] signed = SIGNER.sign(order());
        byte[] tampered = new String(signed, StandardCharsets.UTF_8)
                .replace("<ceb:acturalPaid>230.02</ceb:acturalPaid>", "<ceb:acturalPaid>1.00</ceb:acturalPaid>")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(XmlDsigSigner.verify(tampered, SIGNER.certificate().getPublicKey()));
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        assertFalse(XmlDsigSigner.verify(signed, other.generateKeyPair().getPublic()));
        assertFalse(XmlDsigSigner.verify(order(), SIGNER.certificate().getPublicKey()), "unsigned");
    }
}
