package archfixture.pluginhost.plugin.acme;

import io.micronaut.core.annotation.Introspected;

/** Planted: a plugin built as a Micronaut type, tied to the host's Micronaut version. */
@Introspected
public class AcmeCarrier {
}
