package io.kuajing.customs.adapter.signer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

import io.kuajing.customs.adapter.ceb.BuiltMessage;
import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Signer;
import io.kuajing.customs.domain.declaration.UnsignedMessage;
import org.apache.xml.security.c14n.CanonicalizationException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The enveloped XML signature customs' specification (202205 edition, chapter 6) defines, built the same way for
 * both of its algorithms: the whole message (Reference URI "" with the enveloped-signature transform) canonicalized
 * with C14N 1.0 and digested; SignedInfo canonicalized and signed by the {@link SigningKey}; KeyInfo carrying the
 * certificate number as KeyName and the certificate as X509Data, in that order, as the official samples show.
 * The Signature is the message's last element, where every CEB message's schema puts it.
 *
 * <p>The JDK's XML-DSig API is not used: it takes no signature method it does not know, and customs' sm2-sm3 is
 * one. Canonicalization is Apache Santuario's.
 */
public class XmlDsigSigner implements Signer {

    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String ENVELOPED = DS + "enveloped-signature";
    private static final int MAX_MESSAGE_BYTES = 4 << 20;
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.UTF_8);

    static {
        org.apache.xml.security.Init.init();
    }

    private final SigningKey key;

    public XmlDsigSigner(SigningKey key) {
        this.key = key;
    }

    /** A software key from PEM files (the algorithm follows from the key), numbered by its certificate's serial. */
    public static XmlDsigSigner fromPem(Path privateKey, Path certificate) {
        try {
            return fromPem(Files.readAllBytes(privateKey), Files.readAllBytes(certificate), privateKey.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the signing key " + privateKey + " / " + certificate, e);
        }
    }

    /** From PEM contents: a PKCS#8 private key (RSA or SM2) and its X.509 certificate. */
    public static XmlDsigSigner fromPem(byte[] privateKeyPem, byte[] certificatePem, String source) {
        return new XmlDsigSigner(SoftwareSigningKey.fromPem(privateKeyPem, certificatePem, null, Sm2.Encoding.RAW,
                source));
    }

    public X509Certificate certificate() {
        return key.certificate();
    }

    public SignatureAlgorithm algorithm() {
        return key.algorithm();
    }

    @Override
    public byte[] sign(byte[] xml) {
        return sign(SafeXml.parse(xml, MAX_MESSAGE_BYTES));
    }

    /** Our writer's messages are signed as built; any other is read from its XML first. */
    @Override
    public OutgoingMessage sign(UnsignedMessage message) {
        Document document = message instanceof BuiltMessage built ? built.document()
                : SafeXml.parse(message.xml(), MAX_MESSAGE_BYTES);
        return new OutgoingMessage(message.type(), message.orderNo(), message.guid(), sign(document));
    }

    /**
     * The document signed and written out once, by the canonicalizer: the message goes out in the canonical form its
     * digest is taken over (C14N 1.0, behind an XML declaration), so what a verifier reads back canonicalizes to the
     * very bytes digested, and the Signature goes in before the root's end tag. The document is left as it was given.
     */
    public byte[] sign(Document document) {
        if (document.getElementsByTagNameNS(DS, "Signature").getLength() > 0) {
            throw new IllegalArgumentException("the message is already signed");
        }
        SignatureAlgorithm algorithm = key.algorithm();
        // Digested before the Signature exists: that is exactly what the enveloped-signature transform restores.
        byte[] message = canonical(document);
        byte[] digest = algorithm.digest(message);

        Element signature = ds(document, "Signature");
        signature.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", DS);
        Element signedInfo = append(signature, "SignedInfo");
        append(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm", SignatureAlgorithm.C14N);
        append(signedInfo, "SignatureMethod").setAttribute("Algorithm", algorithm.signatureMethod());
        Element reference = append(signedInfo, "Reference");
        reference.setAttribute("URI", "");
        append(append(reference, "Transforms"), "Transform").setAttribute("Algorithm", ENVELOPED);
        append(reference, "DigestMethod").setAttribute("Algorithm", algorithm.digestMethod());
        append(reference, "DigestValue").setTextContent(Base64.getEncoder().encodeToString(digest));
        Element signatureValue = append(signature, "SignatureValue");
        Element keyInfo = append(signature, "KeyInfo");
        append(keyInfo, "KeyName").setTextContent(key.certificateNumber());
        append(append(keyInfo, "X509Data"), "X509Certificate").setTextContent(base64(key.certificate()));
        document.getDocumentElement().appendChild(signature);

        // SignedInfo is canonicalized in place, so it carries the namespaces in scope of the message's root.
        byte[] value = key.signatureValue(canonical(signedInfo));
        signatureValue.setTextContent(Base64.getEncoder().encodeToString(value));
        try {
            return enveloped(message, document.getDocumentElement(), written(signature));
        } finally {
            document.getDocumentElement().removeChild(signature);
        }
    }

    /** The canonical message with {@code signature} as its root's last child, behind an XML declaration. */
    private static byte[] enveloped(byte[] canonicalMessage, Element root, byte[] signature) {
        byte[] endTag = ("</" + root.getTagName() + ">").getBytes(StandardCharsets.UTF_8);
        int at = canonicalMessage.length - endTag.length;
        // Only processing instructions may follow the root's end tag in canonical form (comments are left out).
        while (at >= 0 && !Arrays.equals(canonicalMessage, at, at + endTag.length, endTag, 0, endTag.length)) {
            at--;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(DECLARATION.length + canonicalMessage.length + signature.length);
        out.writeBytes(DECLARATION);
        out.write(canonicalMessage, 0, at);
        out.writeBytes(signature);
        out.write(canonicalMessage, at, canonicalMessage.length - at);
        return out.toByteArray();
    }

    /**
     * The Signature as written into the message: exclusive C14N, so it declares the one namespace it uses (ds), not the
     * message's own in scope where it stands, which inclusive C14N of a subtree would repeat on it.
     */
    private static byte[] written(Element signature) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(signature, out);
            return out.toByteArray();
        } catch (InvalidCanonicalizerException | CanonicalizationException e) {
            throw new IllegalStateException("cannot write the signature", e);
        }
    }

    /**
     * Whether {@code xml} carries exactly one valid enveloped signature, by customs' rules, by the holder of
     * {@code publicKey}: a signature method and digest customs accepts (RSA-SHA1 or SM2-SM3), C14N 1.0, one
     * reference to the whole message with the enveloped transform only, the digest and the signature value right.
     */
    public static boolean verify(byte[] xml, PublicKey publicKey) {
        try {
            return verify(SafeXml.parse(xml, MAX_MESSAGE_BYTES), publicKey);
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    /**
     * {@link #verify(byte[], PublicKey)} of a message its reader has parsed already (the customs sandbox reads the
     * message it verifies: one parse, not two). The document is left as it was given.
     */
    public static boolean verify(Document document, PublicKey publicKey) {
        try {
            NodeList signatures = document.getElementsByTagNameNS(DS, "Signature");
            if (signatures.getLength() != 1 || signatures.item(0).getParentNode() != document.getDocumentElement()) {
                return false;
            }
            Element signature = (Element) signatures.item(0);
            Element signedInfo = only(signature, "SignedInfo");
            SignatureAlgorithm algorithm = SignatureAlgorithm.ofSignatureMethod(
                    only(signedInfo, "SignatureMethod").getAttribute("Algorithm"));
            Element reference = only(signedInfo, "Reference");
            NodeList transforms = only(reference, "Transforms").getElementsByTagNameNS(DS, "Transform");
            if (algorithm == null
                    || !SignatureAlgorithm.C14N.equals(only(signedInfo, "CanonicalizationMethod").getAttribute("Algorithm"))
                    || !reference.hasAttribute("URI") || !reference.getAttribute("URI").isEmpty()
                    || signedInfo.getElementsByTagNameNS(DS, "Reference").getLength() != 1
                    || transforms.getLength() != 1 || !ENVELOPED.equals(((Element) transforms.item(0)).getAttribute("Algorithm"))
                    || !algorithm.digestMethod().equals(only(reference, "DigestMethod").getAttribute("Algorithm"))) {
                return false;
            }
            byte[] value = Base64.getMimeDecoder().decode(only(signature, "SignatureValue").getTextContent().strip());
            if (!algorithm.verify(publicKey, canonical(signedInfo), value)) {
                return false;
            }
            byte[] digestValue = Base64.getMimeDecoder().decode(only(reference, "DigestValue").getTextContent().strip());
            // The enveloped-signature transform: the message digested as it was before the Signature was added.
            Node root = signature.getParentNode();
            Node next = signature.getNextSibling();
            root.removeChild(signature);
            try {
                return MessageDigest.isEqual(digestValue, algorithm.digest(canonical(document)));
            } finally {
                root.insertBefore(signature, next);
            }
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** C14N 1.0 without comments of a node and its descendants (the whole message when given the document). */
    static byte[] canonical(Node node) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS).canonicalizeSubtree(node, out);
            return out.toByteArray();
        } catch (InvalidCanonicalizerException | CanonicalizationException e) {
            throw new IllegalStateException("cannot canonicalize the message", e);
        }
    }

    private static Element ds(Document document, String name) {
        return document.createElementNS(DS, "ds:" + name);
    }

    private static Element append(Element parent, String name) {
        return (Element) parent.appendChild(ds(parent.getOwnerDocument(), name));
    }

    private static Element only(Element parent, String name) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                if (found != null) {
                    throw new IllegalArgumentException("more than one " + name);
                }
                found = e;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return found;
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the signing certificate cannot be encoded", e);
        }
    }
}
