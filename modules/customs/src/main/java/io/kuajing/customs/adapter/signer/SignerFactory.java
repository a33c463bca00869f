package io.kuajing.customs.adapter.signer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.kuajing.customs.adapter.reference.ShippedConfig;
import io.kuajing.customs.domain.declaration.Signer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signer from {@link SignerSettings}. A hardware key (UKey, signing server) would be a {@link SigningKey}
 * adapter chosen here instead of {@link SoftwareSigningKey}.
 */
@Factory
class SignerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SignerFactory.class);

    @Singleton
    XmlDsigSigner xmlDsigSigner(SignerSettings settings) {
        Sm2.Encoding encoding = Sm2.Encoding.ofSetting(settings.getSm2SignatureEncoding());
        SoftwareSigningKey key;
        if (settings.getPrivateKey() != null) {
            if (settings.getCertificate() == null) {
                throw new IllegalStateException("kuajing.customs.signer.private-key is set but not its certificate");
            }
            key = SoftwareSigningKey.fromPem(read(settings.getPrivateKey()), read(settings.getCertificate()),
                    settings.getCertificateNumber(), encoding, settings.getPrivateKey().toString());
        } else {
            key = developmentKey(settings.resolvedAlgorithm(null), settings.getCertificateNumber(), encoding);
        }
        SignatureAlgorithm wanted = settings.resolvedAlgorithm(key.algorithm());
        if (wanted != key.algorithm()) {
            throw new IllegalStateException("kuajing.customs.signer.algorithm is " + wanted.setting() + " but the key "
                    + settings.getPrivateKey() + " is a " + key.algorithm().setting() + " key");
        }
        String subject = key.certificate().getSubjectX500Principal().getName();
        if (subject.contains("not for production")) {
            LOG.warn("customs messages are signed {} with the DEVELOPMENT key ({}); set kuajing.customs.signer.*",
                    key.algorithm().setting(), subject);
        }
        return new XmlDsigSigner(key);
    }

    @Singleton
    Signer signer(XmlDsigSigner signer) {
        return signer;
    }

    /** The development key from config/customs/dev-signing, else the jar's copy of it. */
    private static SoftwareSigningKey developmentKey(SignatureAlgorithm algorithm, String number, Sm2.Encoding encoding) {
        Path key = Path.of(SignerSettings.DEV_FOLDER + SignerSettings.devKey(algorithm));
        Path certificate = Path.of(SignerSettings.DEV_FOLDER + SignerSettings.devCertificate(algorithm));
        if (Files.exists(key) && Files.exists(certificate)) {
            return SoftwareSigningKey.fromPem(read(key), read(certificate), number, encoding, key.toString());
        }
        return SoftwareSigningKey.fromPem(ShippedConfig.bytes("dev-signing/" + SignerSettings.devKey(algorithm)),
                ShippedConfig.bytes("dev-signing/" + SignerSettings.devCertificate(algorithm)), number, encoding,
                "classpath development key");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the signing key file " + file, e);
        }
    }
}
