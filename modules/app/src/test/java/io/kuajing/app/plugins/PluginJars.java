package io.kuajing.app.plugins;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import io.kuajing.plugin.CarrierPlugin;

/**
 * Builds real plugin JARs for tests: compiles Java sources against the plugin API with the JDK compiler and
 * packs the classes with a ServiceLoader declaration, as a plugin author's build would.
 */
final class PluginJars {

    private PluginJars() {
    }

    /**
     * @param sources   fully qualified class name to source text
     * @param services  SPI interface name to implementation class name (the META-INF/services entries)
     */
    static Path build(Path folder, String jarName, Map<String, String> sources, Map<String, String> services)
            throws IOException {
        Path work = Files.createTempDirectory("plugin-src");
        List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (!sources.isEmpty() && javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("plugin sources do not compile");
        }
        Files.createDirectories(folder);
        Path jar = folder.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> classes = Files.walk(work.resolve("classes"))) {
            for (Path file : classes.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(work.resolve("classes").relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
            }
            for (Map.Entry<String, String> service : services.entrySet()) {
                out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                write(out, service.getValue() + "\n");
            }
        }
        return jar;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A carrier plugin whose descriptor and start are given as Java code. Every other abstract operation of the SPI,
     * and the named {@code operations}, are generated to throw {@code UnsupportedOperation}, so these test plugins
     * follow the SPI as it grows.
     */
    static String carrier(String className, String descriptorExpression, String startBody, String... operations) {
        int dot = className.lastIndexOf('.');
        return """
                package %s;

                import io.kuajing.plugin.*;
                import java.util.Set;

                public class %s implements CarrierPlugin {
                    public PluginDescriptor descriptor() {
                        return %s;
                    }
                    public void start(PluginContext context) {
                        %s
                    }
                %s}
                """.formatted(className.substring(0, dot), className.substring(dot + 1), descriptorExpression, startBody,
                unsupported(CarrierPlugin.class, Set.of(operations)));
    }

    /** Overrides every abstract operation, and the named default ones, with a body that throws. */
    private static String unsupported(Class<?> spi, Set<String> overridden) {
        StringBuilder methods = new StringBuilder();
        for (Method method : spi.getMethods()) {
            boolean wanted = Modifier.isAbstract(method.getModifiers()) || overridden.contains(method.getName());
            if (!wanted || method.getName().equals("descriptor") || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String parameters = Arrays.stream(method.getGenericParameterTypes())
                    .map(t -> sourceName(t) + " p" + methods.length() + "_" + Math.abs(t.hashCode()))
                    .collect(Collectors.joining(", "));
            methods.append("    public ").append(sourceName(method.getGenericReturnType())).append(' ')
                    .append(method.getName()).append('(').append(parameters).append(") {\n")
                    .append("        throw new UnsupportedOperation(descriptor().id(), Capability.RATE);\n    }\n");
        }
        return methods.toString();
    }

    private static String sourceName(Type type) {
        return type.getTypeName().replace('$', '.');
    }
}
