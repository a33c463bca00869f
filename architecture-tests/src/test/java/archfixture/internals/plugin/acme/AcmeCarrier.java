package archfixture.internals.plugin.acme;

import archfixture.internals.plugin.CarrierPlugin;

public class AcmeCarrier implements CarrierPlugin {
}
