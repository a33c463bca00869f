package archfixture.towardsapp.app;

public record KuajingSettings(String pluginsDir) {
}
