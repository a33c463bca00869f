package io.kuajing.customs.adapter.signer;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.customs.signer}: the PEM files of the declaring company's key. The defaults are the development
 * key shipped in config/customs/dev-signing, which proves nothing: production must point elsewhere.
 */
@ConfigurationProperties("kuajing.customs.signer")
public class SignerSettings {

    static final Path DEV_KEY = Path.of("config/customs/dev-signing/dev-signing-key.pem");

    private Path privateKey = DEV_KEY;
    private Path certificate = Path.of("config/customs/dev-signing/dev-signing-cert.pem");

    public Path getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(Path privateKey) {
        this.privateKey = privateKey;
    }

    public Path getCertificate() {
        return certificate;
    }

    public void setCertificate(Path certificate) {
        this.certificate = certificate;
    }
}
