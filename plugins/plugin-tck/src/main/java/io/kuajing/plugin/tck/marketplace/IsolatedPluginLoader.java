package io.kuajing.plugin.tck.marketplace;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Loads plugins from a JAR or class folder in a class loader whose parent is the JDK's platform loader and which
 * takes from the host only the exact SPI packages {@code io.kuajing.plugin}, {@code io.kuajing.plugin.carrier},
 * {@code io.kuajing.plugin.marketplace} and the {@code jakarta.*} and {@code org.slf4j.*} APIs, as the host does
 * (docs/adr/0004-plugin-isolation.md). A plugin that needs anything else of the host fails here, not in production.
 */
public final class IsolatedPluginLoader extends URLClassLoader {

    private static final List<String> SHARED_PACKAGES = List.of(
            "io.kuajing.plugin.", "io.kuajing.plugin.carrier.", "io.kuajing.plugin.marketplace.");

    private final ClassLoader host;

    public IsolatedPluginLoader(Path jarOrFolder, ClassLoader host) {
        this(jarOrFolder, List.of(), host);
    }

    /**
     * The plugin at {@code jarOrFolder} with the libraries its JAR carries ({@code bundled}: before packaging they are
     * still beside the plugin's classes, e.g. a library the plugin's build shades in).
     */
    public IsolatedPluginLoader(Path jarOrFolder, List<Path> bundled, ClassLoader host) {
        super("plugin:" + jarOrFolder.getFileName(), Stream.concat(Stream.of(jarOrFolder),
                bundled.stream()).map(IsolatedPluginLoader::url).toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    /** Every implementation of {@code spi} the location declares in META-INF/services, created as the host would. */
    public static <T> List<T> load(Class<T> spi, Path jarOrFolder) {
        return load(spi, jarOrFolder, List.of());
    }

    /** As {@link #load(Class, Path)}, with the libraries the plugin's JAR carries. */
    public static <T> List<T> load(Class<T> spi, Path jarOrFolder, List<Path> bundled) {
        IsolatedPluginLoader loader = new IsolatedPluginLoader(jarOrFolder, bundled, spi.getClassLoader());
        List<T> plugins = new ArrayList<>();
        ServiceLoader.load(spi, loader).forEach(plugins::add);
        return plugins;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return host.loadClass(name);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInPlugin) {
                    // Only the JDK is left: the platform loader is this loader's parent.
                    loaded = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        // META-INF/services of the SPI must come from the plugin, never from the host's class path.
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    private static boolean isShared(String className) {
        int lastDot = className.lastIndexOf('.');
        String pkg = lastDot < 0 ? "" : className.substring(0, lastDot + 1);
        return SHARED_PACKAGES.contains(pkg) || className.startsWith("jakarta.") || className.startsWith("org.slf4j.");
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
