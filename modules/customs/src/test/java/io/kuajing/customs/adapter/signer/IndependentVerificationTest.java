package io.kuajing.customs.adapter.signer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.conformance.MessagesConformanceTest;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.customs.domain.declaration.UnsignedMessage;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleOrders;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our signatures checked by verifiers that share no code with the signer: xmlsec1 (libxml2 + OpenSSL) for
 * RSA-SHA1; for SM2-SM3, which xmlsec1 does not know, libxml2's canonicalizer ({@code xmllint --c14n}) and
 * OpenSSL's SM3 and SM2 ({@code openssl dgst -sm3}, with the default SM2 user id as {@code distid}).
 */
class IndependentVerificationTest {

    static final Path DEV = Fixtures.CONFIG.resolve("dev-signing");
    static final String USER_ID = "distid:1234567812345678";

    @TempDir
    Path dir;

    /**
     * Text the serialiser must escape and C14N render as a reader of the written bytes does: markup characters, both
     * quotes, a carriage return (C14N's {@code &#xD;}), a tab, Chinese and a character beyond the BMP.
     */
    static final String AWKWARD = " 礼盒 & <精华> \"A\" 'B'\r\n\t\uD83C\uDF81";

    /**
     * The messages of two orders as the writer built them, signed where they were built as the pipeline signs them:
     * a plain one, and one whose goods are named in {@link #AWKWARD} text.
     */
    static List<UnsignedMessage> messages() {
        DeclarationRequest plain = SampleOrders.directMail("KJ-SIGN-XV");
        DeclarationRequest r = SampleOrders.directMail("KJ-SIGN-XV2");
        List<DeclaredLine> awkwardLines = r.lines().stream().map(l -> new DeclaredLine(l.gnum(), l.itemNo(),
                l.itemName() + AWKWARD, l.hsCode(), l.gmodel() + AWKWARD, l.barCode(), l.unit(), l.qty(), l.price(),
                l.totalPrice(), l.origin(), l.netWeightKg())).toList();
        DeclarationRequest awkward = new DeclarationRequest(r.orderNo(), r.regime(), r.portCode(), r.emsNo(),
                r.transportMode(), r.broker(), r.order(), r.payment(), r.waybill(), awkwardLines);
        return Stream.of(plain, awkward)
                .flatMap(o -> SampleMessages.writer().declare(o, SampleMessages.COP_NO, SampleMessages.AT).stream())
                .toList();
    }

    @Test
    void theAwkwardTextIsSentAsItWasGiven() throws IOException {
        UnsignedMessage inventory = messages().get(7);
        SignedXml signed = new SignedXml(sm2(Sm2.Encoding.RAW).sign(inventory).xml());
        String gname = signed.document.getElementsByTagNameNS("http://www.chinaport.gov.cn/ceb", "gname").item(0)
                .getTextContent();
        assertTrue(gname.endsWith(AWKWARD), gname);
    }

    static XmlDsigSigner sm2(Sm2.Encoding encoding) throws IOException {
        return new XmlDsigSigner(SoftwareSigningKey.fromPem(Files.readAllBytes(DEV.resolve("dev-sm2-signing-key.pem")),
                Files.readAllBytes(DEV.resolve("dev-sm2-signing-cert.pem")), null, encoding, "dev SM2 key"));
    }

    @Test
    void xmlsec1VerifiesOurRsaSha1SignaturesWithTheDevelopmentCertificateAndRefusesATamperedOne() throws IOException {
        XmlDsigSigner rsa = XmlDsigSigner.fromPem(DEV.resolve("dev-signing-key.pem"), DEV.resolve("dev-signing-cert.pem"));
        for (UnsignedMessage message : messages()) {
            byte[] signed = rsa.sign(message).xml();
            var verdict = xmlsec1Verify(signed);
            assertEquals(0, verdict.exitCode(), verdict.output());
            assertTrue(verdict.output().contains("OK"), verdict.output());

            String xml = new String(signed, StandardCharsets.UTF_8);
            String tampered = xml.replaceFirst("<ceb:guid>([0-9A-F])", "<ceb:guid>0$1");
            assertNotEquals(xml, tampered);
            assertNotEquals(0, xmlsec1Verify(tampered.getBytes(StandardCharsets.UTF_8)).exitCode());
        }
    }

    /**
     * Two orders' messages of each kind in one message (ADR 0047; one built in memory, one read back as it is kept):
     * customs' schema takes each envelope, and xmlsec1 verifies its one signature and refuses it tampered.
     */
    @Test
    void xmlsec1VerifiesEnvelopesOfTwoOrdersThatConformToCustomsSchema() throws IOException {
        XmlDsigSigner rsa = XmlDsigSigner.fromPem(DEV.resolve("dev-signing-key.pem"), DEV.resolve("dev-signing-cert.pem"));
        List<UnsignedMessage> messages = messages();
        for (int kind = 0; kind < 4; kind++) {
            UnsignedMessage envelope = SampleMessages.writer().envelope(List.of(messages.get(kind),
                    QueuedMessage.of(messages.get(4 + kind))));
            MessagesConformanceTest.assertConforms(List.of(envelope));
            byte[] signed = rsa.sign(envelope).xml();
            String xml = new String(signed, StandardCharsets.UTF_8);
            assertEquals(2, xml.split("<ceb:[A-Za-z]+Head>", -1).length - 1, "two orders in " + envelope.type());
            assertEquals(1, xml.split("<ceb:BaseTransfer>", -1).length - 1, "one BaseTransfer");
            var verdict = xmlsec1Verify(signed);
            assertEquals(0, verdict.exitCode(), verdict.output());
            assertTrue(verdict.output().contains("OK"), verdict.output());
            String tampered = xml.replace("KJ-SIGN-XV2<", "KJ-SIGN-XV3<");
            assertNotEquals(xml, tampered);
            assertNotEquals(0, xmlsec1Verify(tampered.getBytes(StandardCharsets.UTF_8)).exitCode());
        }
    }

    @Test
    void opensslVerifiesOurSm2Sm3SignaturesInBothEncodings() throws IOException {
        Path publicKey = publicKey("dev-sm2-signing-cert.pem");
        for (Sm2.Encoding encoding : Sm2.Encoding.values()) {
            XmlDsigSigner signer = sm2(encoding);
            for (UnsignedMessage message : messages()) {
                SignedXml signed = new SignedXml(signer.sign(message).xml());
                assertEquals("http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3", signed.algorithm("SignatureMethod"));
                assertEquals("http://www.chinaport.gov.cn/2022/04/xmldsig#sm3", signed.algorithm("DigestMethod"));

                byte[] canonicalMessage = c14n(signed.withoutSignature());
                assertArrayEquals(sm3(canonicalMessage), signed.base64("DigestValue"), "DigestValue = SM3(C14N(message))");

                byte[] value = signed.base64("SignatureValue");
                if (encoding == Sm2.Encoding.RAW) {
                    assertEquals(64, value.length, "r||s");
                }
                byte[] signedInfo = c14n(signed.signedInfoAlone());
                assertTrue(sm2Verify(publicKey, signedInfo, value), encoding + ": openssl verifies SignatureValue");

                byte[] altered = signedInfo.clone();
                altered[altered.length / 2] ^= 1;
                assertTrue(!sm2Verify(publicKey, altered, value), "an altered SignedInfo does not verify");
            }
        }
    }

    private ExternalTool.Result xmlsec1Verify(byte[] signed) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "signed", ".xml"), signed);
        // The certificate is the trust anchor: the key in X509Data must chain to it, i.e. be it.
        return ExternalTool.XMLSEC1.run(null, "--verify", "--enabled-key-data", "x509",
                "--trusted-pem", DEV.resolve("dev-signing-cert.pem").toString(), file.toString());
    }

    private byte[] c14n(byte[] xml) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "c14n", ".xml"), xml);
        var result = ExternalTool.XMLLINT.run(null, "--c14n", file.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout();
    }

    private byte[] sm3(byte[] data) {
        var result = ExternalTool.OPENSSL.run(data, "dgst", "-sm3", "-binary");
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout();
    }

    private Path publicKey(String certificate) throws IOException {
        var result = ExternalTool.OPENSSL.run(null, "x509", "-pubkey", "-noout", "-in", DEV.resolve(certificate).toString());
        assertEquals(0, result.exitCode(), result.stderr());
        return Files.write(dir.resolve("public.pem"), result.stdout());
    }

    private boolean sm2Verify(Path publicKey, byte[] data, byte[] value) throws IOException {
        Path in = Files.write(Files.createTempFile(dir, "data", ".bin"), data);
        Path sig = Files.write(Files.createTempFile(dir, "sig", ".der"), der(value));
        var result = ExternalTool.OPENSSL.run(null, "dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt", USER_ID,
                "-signature", sig.toString(), in.toString());
        return result.exitCode() == 0 && result.output().contains("Verified OK");
    }

    /** OpenSSL reads SM2 signatures as DER; a raw r||s value is re-encoded, nothing else changes. */
    private static byte[] der(byte[] value) throws IOException {
        if (value.length != 64) {
            return value;
        }
        ASN1EncodableVector rs = new ASN1EncodableVector();
        rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, 0, 32))));
        rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, 32, 64))));
        return new DERSequence(rs).getEncoded();
    }
}
