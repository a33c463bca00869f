package io.kuajing.app.plugins;

import java.nio.file.Path;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code kuajing.plugins.*}: where plugins are found and how long they may take to start. */
@ConfigurationProperties("kuajing.plugins")
public class PluginSettings {

    private Path dir = Path.of("plugins");
    private Path workDir = Path.of("data", "plugins");
    private Duration startTimeout = Duration.ofSeconds(10);
    private Duration httpTimeout = Duration.ofSeconds(15);

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }

    public Path getWorkDir() {
        return workDir;
    }

    public void setWorkDir(Path workDir) {
        this.workDir = workDir;
    }

    public Duration getStartTimeout() {
        return startTimeout;
    }

    public void setStartTimeout(Duration startTimeout) {
        this.startTimeout = startTimeout;
    }

    public Duration getHttpTimeout() {
        return httpTimeout;
    }

    public void setHttpTimeout(Duration httpTimeout) {
        this.httpTimeout = httpTimeout;
    }
}
