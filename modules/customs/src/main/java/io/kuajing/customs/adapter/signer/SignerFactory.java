package io.kuajing.customs.adapter.signer;

import java.nio.file.Files;

import io.kuajing.customs.adapter.reference.ShippedConfig;
import io.kuajing.customs.domain.declaration.Signer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
class SignerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SignerFactory.class);

    @Singleton
    XmlDsigSigner xmlDsigSigner(SignerSettings settings) {
        XmlDsigSigner signer;
        if (Files.exists(settings.getPrivateKey()) || !settings.getPrivateKey().equals(SignerSettings.DEV_KEY)) {
            signer = XmlDsigSigner.fromPem(settings.getPrivateKey(), settings.getCertificate());
        } else {
            // Only the default (development) key falls back to the jar's copy; a configured key must exist.
            signer = XmlDsigSigner.fromPem(ShippedConfig.bytes("dev-signing/dev-signing-key.pem"),
                    ShippedConfig.bytes("dev-signing/dev-signing-cert.pem"), "classpath development key");
        }
        String subject = signer.certificate().getSubjectX500Principal().getName();
        if (subject.contains("not for production")) {
            LOG.warn("customs messages are signed with the DEVELOPMENT key ({}); set kuajing.customs.signer.*", subject);
        }
        return signer;
    }

    @Singleton
    Signer signer(XmlDsigSigner signer) {
        return signer;
    }
}
