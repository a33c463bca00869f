package io.kuajing.customs.adapter.signer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.domain.declaration.Signer;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Enveloped XML-DSig with RSA-SHA256 over the whole message (reference URI ""), inclusive C14N, the certificate
 * in KeyInfo so the receiver can check who signed. The key and certificate are PEM files (PKCS#8 and X.509).
 */
public class XmlDsigSigner implements Signer {

    private static final int MAX_MESSAGE_BYTES = 4 << 20;

    private final PrivateKey key;
    private final X509Certificate certificate;

    public XmlDsigSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public static XmlDsigSigner fromPem(Path privateKey, Path certificate) {
        try {
            return fromPem(Files.readAllBytes(privateKey), Files.readAllBytes(certificate), privateKey.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the signing key " + privateKey + " / " + certificate, e);
        }
    }

    /** From PEM contents: a PKCS#8 RSA private key and an X.509 certificate. */
    public static XmlDsigSigner fromPem(byte[] privateKeyPem, byte[] certificatePem, String source) {
        try {
            String pem = new String(privateKeyPem, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalStateException("signing key " + source + " must be a PKCS#8 PEM (BEGIN PRIVATE KEY)");
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificatePem));
            return new XmlDsigSigner(key, cert);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the signing key " + source, e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public byte[] sign(byte[] xml) {
        Document document = SafeXml.parse(xml, MAX_MESSAGE_BYTES);
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("",
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    Collections.singletonList(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
            factory.newXMLSignature(signedInfo, keyInfo)
                    .sign(new DOMSignContext(key, document.getDocumentElement()));
            return SafeXml.serialize(document);
        } catch (GeneralSecurityException | javax.xml.crypto.dsig.XMLSignatureException
                 | javax.xml.crypto.MarshalException e) {
            throw new IllegalStateException("cannot sign the message", e);
        }
    }

    /** Whether {@code xml} carries a valid enveloped signature by the holder of {@code publicKey}. */
    public static boolean verify(byte[] xml, PublicKey publicKey) {
        try {
            Document document = SafeXml.parse(xml, MAX_MESSAGE_BYTES);
            NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
            if (signatures.getLength() != 1) {
                return false;
            }
            DOMValidateContext context = new DOMValidateContext(publicKey, signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
        } catch (RuntimeException | javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException e) {
            return false;
        }
    }
}
