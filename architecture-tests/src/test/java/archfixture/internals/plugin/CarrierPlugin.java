package archfixture.internals.plugin;

public interface CarrierPlugin {
}
