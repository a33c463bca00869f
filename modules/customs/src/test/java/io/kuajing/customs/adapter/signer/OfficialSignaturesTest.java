package io.kuajing.customs.adapter.signer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.transform.stream.StreamSource;

import io.kuajing.customs.conformance.OfficialSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customs' own signed samples, checked with the same outside tools (libxml2's C14N, OpenSSL, the JDK's RSA):
 * what they prove and what they do not. Finding (2026-12-04): every signed import sample of both editions carries
 * one and the same Signature block — the same DigestValue and SignatureValue over different messages — pasted in
 * as an illustration, so none verifies; the 2022-05 samples are the 2018 block with the algorithm names changed to
 * SM2/SM3 (their DigestValue has SHA-1's 20 bytes, not SM3's 32, and their certificate is the 2018 RSA one). What
 * does hold, and is asserted, is their shape, which ours follows. Our own signatures over the very same messages
 * validate against the official schema and verify.
 */
class OfficialSignaturesTest {

    static final List<String> SIGNED = List.of("CEB311", "CEB411", "CEB511", "CEB513", "CEB621", "CEB623", "CEB625",
            "CEB711");

    @TempDir
    Path dir;

    static List<Path> signedSamples(String edition) {
        List<Path> samples = OfficialSpec.samples(edition, "import").stream()
                .filter(p -> SIGNED.stream().anyMatch(t -> p.getFileName().toString().startsWith(t))).toList();
        assertEquals(SIGNED.size(), samples.size(), edition + ": the signed samples");
        return samples;
    }

    @Test
    void theOfficialSignedSamplesCarryOnePastedPlaceholderSignatureThatVerifiesNowhere() throws Exception {
        Set<String> digestValues = new HashSet<>();
        Set<String> signatureValues = new HashSet<>();
        for (String edition : List.of("ceb-2018", "ceb-2022-05")) {
            for (Path sample : signedSamples(edition)) {
                SignedXml signed = new SignedXml(Files.readAllBytes(sample));
                digestValues.add(signed.text("DigestValue"));
                signatureValues.add(signed.text("SignatureValue").replaceAll("\\s", ""));
                byte[] declared = signed.base64("DigestValue");
                byte[] canonical = c14n(signed.withoutSignature());
                String name = edition + "/" + sample.getFileName();
                if (edition.equals("ceb-2018")) {
                    assertFalse(Arrays.equals(declared, MessageDigest.getInstance("SHA-1").digest(canonical)),
                            name + ": the SHA-1 digest of the message is not the DigestValue");
                    X509Certificate certificate = certificate(signed.base64("X509Certificate"));
                    assertFalse(rsaSha1Verifies(certificate, c14n(signed.signedInfoAlone()), signed.base64("SignatureValue")),
                            name + ": the SignatureValue does not verify with the embedded certificate");
                } else {
                    assertEquals(20, declared.length, name + ": a SHA-1-sized DigestValue under an SM3 DigestMethod");
                    assertNotEquals(32, declared.length);
                }
            }
        }
        assertEquals(Set.of("SF/P+2sVsRQ9dJIqJSroW6ajb0Y="), digestValues, "one DigestValue over 16 different messages");
        assertEquals(1, signatureValues.size(), "one SignatureValue over 16 different messages");
    }

    @Test
    void theOfficialSamplesShowTheShapeOurSignaturesHave() throws Exception {
        for (String edition : List.of("ceb-2018", "ceb-2022-05")) {
            SignatureAlgorithm algorithm = edition.equals("ceb-2018") ? SignatureAlgorithm.RSA_SHA1 : SignatureAlgorithm.SM2_SM3;
            for (Path sample : signedSamples(edition)) {
                SignedXml signed = new SignedXml(Files.readAllBytes(sample));
                String name = edition + "/" + sample.getFileName();
                assertEquals(SignatureAlgorithm.C14N, signed.algorithm("CanonicalizationMethod"), name);
                assertEquals(algorithm.signatureMethod(), signed.algorithm("SignatureMethod"), name);
                assertEquals(algorithm.digestMethod(), signed.algorithm("DigestMethod"), name);
                assertEquals("http://www.w3.org/2000/09/xmldsig#enveloped-signature", signed.algorithm("Transform"), name);
                assertEquals("KeyName", firstKeyInfoChild(signed), name + ": KeyName comes first in KeyInfo");
                assertEquals(signed.document.getDocumentElement(), signed.signature.getParentNode(), name);
                X509Certificate certificate = certificate(signed.base64("X509Certificate"));
                assertTrue(certificate.getPublicKey() instanceof RSAPublicKey, name + ": the 2018 RSA certificate");
                assertEquals(new BigInteger("9927", 16), certificate.getSerialNumber(), name);
            }
        }
    }

    /**
     * The electronic-port signing tool's own signed example: reformatted after signing (its digest no longer
     * matches) and its certificate's Base64 lines out of order (it does not parse). Its first line is intact and
     * shows the certificate's serial number, 01691fe9, which is the KeyName: customs numbers a certificate by its
     * serial, the default we take for KeyName.
     */
    @Test
    void theSigningToolsExampleNamesItsKeyByTheCertificatesSerialNumber() throws Exception {
        Path example = OfficialSpec.require().getParent()
                .resolve("chinaport-data-signature-webapp/src/main/resources/xml/CEB621Message_signed.xml");
        Assumptions.assumeTrue(Files.exists(example), "the signing tool's example is not on this machine: " + example);
        SignedXml signed = new SignedXml(Files.readAllBytes(example));
        assertEquals(SignatureAlgorithm.RSA_SHA1.signatureMethod(), signed.algorithm("SignatureMethod"));
        assertFalse(Arrays.equals(signed.base64("DigestValue"),
                MessageDigest.getInstance("SHA-1").digest(c14n(signed.withoutSignature()))), "reformatted after signing");
        assertThrows(Exception.class, () -> certificate(signed.base64("X509Certificate")), "lines out of order");

        String firstLine = Arrays.stream(signed.text("X509Certificate").split("\\s+"))
                .filter(l -> l.startsWith("MII")).findFirst().orElseThrow();
        byte[] header = Base64.getDecoder().decode(firstLine);
        // SEQUENCE { SEQUENCE (tbsCertificate) { [0] version 3, INTEGER serial (4 bytes) ...
        assertArrayEquals(new byte[] {(byte) 0xA0, 3, 2, 1, 2, 2, 4}, Arrays.copyOfRange(header, 8, 15));
        assertEquals(signed.text("KeyName"), new BigInteger(1, Arrays.copyOfRange(header, 15, 19)).toString(16)
                .transform(h -> h.length() % 2 == 0 ? h : "0" + h));
    }

    @Test
    void ourSignaturesOverTheOfficialSamplesValidateAgainstTheOfficialSchemaAndVerify() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path sample : signedSamples("ceb-2022-05")) {
            SignedXml official = new SignedXml(Files.readAllBytes(sample));
            byte[] unsigned = official.withoutSignature();
            for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
                XmlDsigSigner signer = XmlDsigSignerTest.signer(algorithm);
                byte[] signed = signer.sign(unsigned);
                String name = sample.getFileName() + " " + algorithm.setting();
                try {
                    OfficialSpec.importSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(signed)));
                } catch (org.xml.sax.SAXException e) {
                    problems.add(name + ": " + e.getMessage());
                }
                if (!XmlDsigSigner.verify(signed, signer.certificate().getPublicKey())) {
                    problems.add(name + ": does not verify");
                }
                SignedXml ours = new SignedXml(signed);
                byte[] digest = algorithm == SignatureAlgorithm.RSA_SHA1
                        ? MessageDigest.getInstance("SHA-1").digest(c14n(ours.withoutSignature()))
                        : sm3(c14n(ours.withoutSignature()));
                if (!Arrays.equals(digest, ours.base64("DigestValue"))) {
                    problems.add(name + ": DigestValue is not the outside tools' digest of the message");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private byte[] c14n(byte[] xml) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "c14n", ".xml"), xml);
        var result = ExternalTool.XMLLINT.run(null, "--c14n", file.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout();
    }

    private static byte[] sm3(byte[] data) {
        var result = ExternalTool.OPENSSL.run(data, "dgst", "-sm3", "-binary");
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout();
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static boolean rsaSha1Verifies(X509Certificate certificate, byte[] data, byte[] value) throws Exception {
        Signature rsa = Signature.getInstance("SHA1withRSA");
        rsa.initVerify(certificate.getPublicKey());
        rsa.update(data);
        return rsa.verify(value);
    }

    private static String firstKeyInfoChild(SignedXml signed) {
        var keyInfo = signed.document.getElementsByTagNameNS(SignedXml.DS, "KeyInfo").item(0);
        for (var n = keyInfo.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                return e.getLocalName();
            }
        }
        return null;
    }
}
