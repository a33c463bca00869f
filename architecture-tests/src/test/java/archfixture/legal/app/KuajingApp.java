package archfixture.legal.app;

import archfixture.legal.catalog.Catalog;
import archfixture.legal.platform.Outbox;
import archfixture.legal.plugin.CarrierPlugin;
import java.util.List;

public class KuajingApp {
    Catalog catalog;
    Outbox outbox;
    List<CarrierPlugin> plugins;
}
