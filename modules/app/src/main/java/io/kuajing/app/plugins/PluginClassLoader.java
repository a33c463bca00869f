package io.kuajing.app.plugins;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * One plugin's class loader (the Kestra design). Child-first: a plugin's own libraries win over anything else.
 * The SPI packages and the logging/JDK API come from the host so both sides agree on those types; nothing else
 * of the host is visible, so a plugin cannot reach Micronaut or domain classes even by accident.
 */
final class PluginClassLoader extends URLClassLoader {

    /** Exact packages of the SPI; reference plugins live in sub-packages of io.kuajing.plugin and are not shared. */
    static final Set<String> SPI_PACKAGES = Set.of("io.kuajing.plugin", "io.kuajing.plugin.carrier",
            "io.kuajing.plugin.marketplace");
    private static final List<String> HOST_PREFIXES = List.of("java.", "javax.", "jakarta.", "org.slf4j.");

    private final ClassLoader host;

    PluginClassLoader(String name, URL[] urls, ClassLoader host) {
        // The parent is the JDK's platform loader, not the app: unshared host classes stay invisible.
        super(name, urls, ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    static boolean sharedWithHost(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        return SPI_PACKAGES.contains(pkg) || HOST_PREFIXES.stream().anyMatch(className::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = sharedWithHost(name) ? host.loadClass(name) : ownFirst(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> ownFirst(String name) throws ClassNotFoundException {
        try {
            return findClass(name);
        } catch (ClassNotFoundException notInPlugin) {
            return getParent().loadClass(name);
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    /** Only the plugin's own resources: ServiceLoader must not find the host's service files through a plugin. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> own = findResources(name);
        return own.hasMoreElements() ? own : Collections.emptyEnumeration();
    }
}
