package archfixture.legal.plugin;

public interface CarrierPlugin {
    String id();
}
