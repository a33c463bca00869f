package io.kuajing.app.security;

import java.util.List;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;

/**
 * Refuses to start without a key to sign tokens with. Without one the framework issues unsigned tokens
 * ({@code alg: none}) and accepts them, so anyone could write their own; {@code Kuajing.main} always sets a secret
 * (KUAJING_JWT_SECRET, or a random one), but a context started any other way (a benchmark, an embedding) would not.
 */
@Context
class SignedTokensOnly {

    SignedTokensOnly(List<SignatureConfiguration> signatures) {
        if (signatures.isEmpty()) {
            throw new ConfigurationException("no key signs the bearer tokens, so unsigned ones would be accepted: set "
                    + "KUAJING_JWT_SECRET (or micronaut.security.token.jwt.signatures.secret.generator.secret)");
        }
    }
}
