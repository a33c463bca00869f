package archfixture.internals.app;

import archfixture.internals.plugin.acme.AcmeCarrier;

/** Planted: the app compiling against a reference plugin instead of loading it from the plugin folder. */
public class PluginWiring {
    AcmeCarrier carrier = new AcmeCarrier();
}
