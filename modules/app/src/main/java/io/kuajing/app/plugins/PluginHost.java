package io.kuajing.app.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.kuajing.platform.Extensions;
import io.kuajing.plugin.Plugin;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.PluginSetting;
import io.kuajing.plugin.SpiVersion;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugin folder once, at start: each JAR (or exploded folder) in its own {@link PluginClassLoader},
 * every implementation of a known SPI found by ServiceLoader, validated (SPI version, unique id, capabilities
 * fit the kind), and started with a deadline. Whatever fails — a corrupt JAR, a missing class, a constructor
 * that throws, a start that hangs — is reported and skipped; the app serves with the rest.
 */
@Context
public class PluginHost implements Extensions {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final PluginSettings settings;
    private final Environment environment;
    private final Clock clock;
    private final List<PluginReport> reports = new ArrayList<>();
    private final List<LoadedPlugin> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<PluginClassLoader> loaders = new ArrayList<>();
    private final ExecutorService starter = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "kuajing-plugin-start");
        thread.setDaemon(true);
        return thread;
    });

    private record LoadedPlugin(PluginKind kind, Plugin plugin, PluginDescriptor descriptor,
                                List<PluginReport.Setting> settings) {
    }

    PluginHost(PluginSettings settings, Environment environment, Clock clock) {
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        loadAll();
    }

    /** What was found in the plugin folder, loaded and failed, in source order. */
    public List<PluginReport> reports() {
        return List.copyOf(reports);
    }

    @Override
    public <T> List<T> all(Class<T> spi) {
        return loaded.stream().map(LoadedPlugin::plugin).filter(spi::isInstance).map(spi::cast).toList();
    }

    private void loadAll() {
        Path dir = settings.getDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            LOG.info("plugin folder {} does not exist: no plugins", dir);
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(this::load);
        } catch (IOException e) {
            LOG.error("cannot list plugin folder {}", dir, e);
        }
        LOG.info("plugins: {} loaded, {} failed, from {}", loaded.size(),
                reports.stream().filter(r -> r.status() == PluginReport.Status.FAILED).count(), dir);
    }

    private void load(Path source) {
        String name = source.getFileName().toString();
        if (!Files.isDirectory(source)) {
            try (JarFile jar = new JarFile(source.toFile())) {
                jar.size();
            } catch (IOException e) {
                reports.add(PluginReport.failed(name, null, "not a readable JAR: " + e.getMessage()));
                return;
            }
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader("plugin:" + name, new URL[] {source.toUri().toURL()},
                    getClass().getClassLoader());
        } catch (MalformedURLException e) {
            reports.add(PluginReport.failed(name, null, "not a loadable path: " + e.getMessage()));
            return;
        }
        loaders.add(loader);
        int before = reports.size();
        for (PluginKind kind : PluginKind.ALL) {
            loadKind(name, kind, loader);
        }
        if (reports.size() == before) {
            reports.add(PluginReport.failed(name, null,
                    "no plugin found: the JAR declares no META-INF/services entry for a Kuajing SPI"));
        }
    }

    private void loadKind(String source, PluginKind kind, PluginClassLoader loader) {
        try {
            ServiceLoader.load(kind.spi(), loader).stream()
                    .filter(provider -> provider.type().getClassLoader() == loader)
                    .forEach(provider -> start(source, kind, provider));
        } catch (ServiceConfigurationError | LinkageError e) {
            fail(source, kind, "cannot read its service declaration: " + e, e);
        }
    }

    private void start(String source, PluginKind kind, ServiceLoader.Provider<? extends Plugin> provider) {
        try {
            // Construction, descriptor and start run on another thread so a plugin that hangs costs a deadline,
            // not the app's start. A plugin that misses it is never registered, even if it finishes later.
            Future<LoadedPlugin> started = starter.submit(() -> {
                Plugin plugin = provider.get();
                PluginDescriptor descriptor = validated(kind, plugin.getClass(), plugin.descriptor());
                ConfiguredSettings configured = configured(descriptor);
                if (!configured.problems().isEmpty()) {
                    throw new SettingsRefused(descriptor, configured);
                }
                plugin.start(new HostContext(descriptor.id(), configured.values()));
                return new LoadedPlugin(kind, plugin, descriptor, configured.report());
            });
            LoadedPlugin plugin = started.get(settings.getStartTimeout().toMillis(), TimeUnit.MILLISECONDS);
            loaded.add(plugin);
            PluginDescriptor descriptor = plugin.descriptor();
            reports.add(PluginReport.of(source, PluginReport.Status.LOADED, kind.name(), descriptor, plugin.settings(), null));
            LOG.info("plugin {} {} ({}) loaded from {}", descriptor.id(), descriptor.version(), kind.name(), source);
        } catch (TimeoutException e) {
            fail(source, kind, "did not start within " + settings.getStartTimeout(), null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SettingsRefused refused) {
                String problem = String.join("; ", refused.configured.problems());
                reports.add(PluginReport.of(source, PluginReport.Status.FAILED, kind.name(), refused.descriptor,
                        refused.configured.report(), problem));
                LOG.warn("plugin {} from {} ({}) not started: {}", refused.descriptor.id(), source, kind.name(), problem);
            } else {
                fail(source, kind, String.valueOf(e.getCause()), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(source, kind, "interrupted while starting", null);
        } catch (ServiceConfigurationError | LinkageError e) {
            fail(source, kind, e.toString(), e);
        }
    }

    /** The declared settings' values, each read once by its exact name, and what is wrong with them. */
    private record ConfiguredSettings(Map<String, String> values, List<PluginReport.Setting> report, List<String> problems) {
    }

    /** A plugin whose settings are missing or malformed: never started, reported FAILED with the reasons. */
    private static final class SettingsRefused extends RuntimeException {
        private final transient PluginDescriptor descriptor;
        private final transient ConfiguredSettings configured;

        SettingsRefused(PluginDescriptor descriptor, ConfiguredSettings configured) {
            super(String.join("; ", configured.problems()), null, false, false);
            this.descriptor = descriptor;
            this.configured = configured;
        }
    }

    /**
     * Reads each declared setting by its exact key. Looking keys up one by one, rather than listing everything under
     * the plugin's prefix, is what makes a setting given as an environment variable arrive once: Micronaut spells
     * {@code KUAJING_PLUGINS_SETTINGS_POSTAL_EMS_SECRET_KEY} as several property names (secret-key, secret.key, ...),
     * and a listing returns every spelling. A plugin that declares nothing still gets the listing (SPI 1 plugins).
     */
    private ConfiguredSettings configured(PluginDescriptor descriptor) {
        String prefix = "kuajing.plugins.settings." + descriptor.id();
        Map<String, String> values = new java.util.TreeMap<>();
        if (descriptor.settings().isEmpty()) {
            environment.getProperties(prefix).forEach((key, value) -> values.put(key, String.valueOf(value)));
            return new ConfiguredSettings(Map.copyOf(values), List.of(), List.of());
        }
        List<PluginReport.Setting> report = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PluginSetting declared : descriptor.settings()) {
            String value = environment.getProperty(prefix + "." + declared.name(), String.class)
                    .filter(v -> !v.isBlank()).orElse(null);
            if (value == null && declared.required()) {
                problems.add("missing required setting " + declared.name() + " (" + prefix + "." + declared.name()
                        + " or " + declared.environmentVariable(descriptor.id()) + ")");
            } else if (value != null) {
                declared.type().problem(value).ifPresent(why -> problems.add("setting " + declared.name() + " " + why));
                values.put(declared.name(), value);
            }
            report.add(new PluginReport.Setting(declared.name(), declared.type().name(), declared.required(),
                    declared.secret(), value != null, declared.environmentVariable(descriptor.id())));
        }
        return new ConfiguredSettings(Map.copyOf(values), List.copyOf(report), List.copyOf(problems));
    }

    private PluginDescriptor validated(PluginKind kind, Class<?> type, PluginDescriptor descriptor) {
        if (descriptor == null) {
            throw new IllegalStateException("descriptor() returned null");
        }
        if (!SpiVersion.isSupported(descriptor.spiVersion())) {
            throw new IllegalStateException("built for SPI version " + descriptor.spiVersion()
                    + ", this host supports " + SpiVersion.CURRENT);
        }
        if (loaded.stream().anyMatch(p -> p.descriptor().id().equals(descriptor.id()))) {
            throw new IllegalStateException("plugin id " + descriptor.id() + " is already taken by another plugin");
        }
        var foreign = descriptor.capabilities().stream().filter(c -> !kind.capabilities().contains(c)).toList();
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("declares capabilities a " + kind.name() + " cannot have: " + foreign);
        }
        var implemented = kind.implemented().apply(type);
        if (!implemented.equals(descriptor.capabilities())) {
            throw new IllegalStateException("declares " + new java.util.TreeSet<>(descriptor.capabilities())
                    + " but implements " + new java.util.TreeSet<>(implemented));
        }
        return descriptor;
    }

    private void fail(String source, PluginKind kind, String problem, Throwable cause) {
        reports.add(PluginReport.failed(source, kind.name(), problem));
        LOG.warn("plugin from {} ({}) failed to load: {}", source, kind.name(), problem, cause);
    }

    @PreDestroy
    void close() {
        starter.shutdownNow();
        for (PluginClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.debug("closing {} failed", loader.getName(), e);
            }
        }
    }

    /** What the host lends one plugin. */
    private final class HostContext implements io.kuajing.plugin.PluginContext {

        private final String pluginId;
        private final Map<String, String> values;
        private final JdkHttpTransport http = new JdkHttpTransport(settings.getHttpTimeout());

        HostContext(String pluginId, Map<String, String> values) {
            this.pluginId = pluginId;
            this.values = values;
        }

        @Override
        public Map<String, String> settings() {
            return values;
        }

        @Override
        public io.kuajing.plugin.HttpTransport http() {
            return http;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public Path workDirectory() {
            Path work = settings.getWorkDir().resolve(pluginId).toAbsolutePath();
            try {
                Files.createDirectories(work);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create work folder " + work, e);
            }
            return work;
        }
    }
}
