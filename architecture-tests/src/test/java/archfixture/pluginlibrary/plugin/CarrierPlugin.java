package archfixture.pluginlibrary.plugin;

public interface CarrierPlugin {
    String id();
}
