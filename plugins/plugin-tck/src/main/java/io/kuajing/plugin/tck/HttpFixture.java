package io.kuajing.plugin.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.kuajing.plugin.HttpTransport;

/**
 * Fixture files in HTTP message form, readable in a diff. A response fixture is a status line
 * ({@code HTTP/1.1 200 OK}), header lines, a blank line and the body. A golden request is a request line
 * ({@code POST /v1/rates}), the header lines that must be sent, a blank line and the exact body expected.
 */
public final class HttpFixture {

    private HttpFixture() {
    }

    /** A golden request: method, path with query, required headers, body. */
    public record Golden(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    public static boolean exists(String resource) {
        return HttpFixture.class.getClassLoader().getResource(resource) != null;
    }

    public static String text(String resource) {
        try (InputStream in = HttpFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing fixture on the test class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpTransport.Response response(String resource) {
        Message m = split(text(resource));
        String[] status = m.firstLine().split(" ");
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new AssertionError(resource + ": first line must be a status line like 'HTTP/1.1 200 OK'");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        m.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        return new HttpTransport.Response(Integer.parseInt(status[1]), headers, m.body().getBytes(StandardCharsets.UTF_8));
    }

    public static Golden golden(String resource) {
        Message m = split(text(resource));
        String[] line = m.firstLine().split(" ", 2);
        if (line.length != 2) {
            throw new AssertionError(resource + ": first line must be a request line like 'POST /v1/rates'");
        }
        return new Golden(line[0], line[1], m.headers(), m.body());
    }

    /** Compares a sent request with a golden one; bodies are compared after normalising line ends and trailing blanks. */
    public static void assertMatches(Golden golden, HttpTransport.Request sent, String what) {
        String sentPath = sent.uri().getRawPath() + (sent.uri().getRawQuery() == null ? "" : "?" + sent.uri().getRawQuery());
        if (!golden.method().equals(sent.method()) || !golden.pathAndQuery().equals(sentPath)) {
            throw new AssertionError(what + ": expected " + golden.method() + " " + golden.pathAndQuery()
                    + " but the plugin sent " + sent.method() + " " + sentPath);
        }
        golden.headers().forEach((name, value) -> {
            String actual = sent.headers().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
            if (!value.equals(actual)) {
                throw new AssertionError(what + ": header " + name + " expected '" + value + "' but was '" + actual + "'");
            }
        });
        String expected = normalise(golden.body());
        String actual = normalise(new String(sent.body(), StandardCharsets.UTF_8));
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": request body differs from the golden file\n--- golden\n" + expected
                    + "\n--- sent\n" + actual);
        }
    }

    /**
     * Writes what the plugin sent as the golden file under {@code src/test/resources} (run once with
     * {@code -Dkuajing.tck.record-golden=true}, then review the diff: a golden file is a claim about the wire).
     */
    public static void record(String resource, HttpTransport.Request sent) {
        StringBuilder sb = new StringBuilder();
        sb.append(sent.method()).append(' ').append(sent.uri().getRawPath())
                .append(sent.uri().getRawQuery() == null ? "" : "?" + sent.uri().getRawQuery()).append('\n');
        sent.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Content-Type") || name.toLowerCase(Locale.ROOT).startsWith("x-")
                    || name.equalsIgnoreCase("Idempotency-Key")) {
                sb.append(name).append(": ").append(values.get(0)).append('\n');
            }
        });
        sb.append('\n').append(new String(sent.body(), StandardCharsets.UTF_8)).append('\n');
        try {
            Path target = Path.of("src/test/resources", resource);
            Files.createDirectories(target.getParent());
            Files.writeString(target, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource names directly inside a class-path folder, sorted (works from a folder or a JAR). */
    public static List<String> list(String folder) {
        URL url = HttpFixture.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(fs.provider().getPath(uri), folder);
                }
            }
            return names(Path.of(uri), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir, String folder) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            return files.filter(Files::isRegularFile).map(p -> prefix + p.getFileName()).sorted().toList();
        }
    }

    static String normalise(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return String.join("\n", lines).strip();
    }

    private record Message(String firstLine, Map<String, String> headers, String body) {
    }

    private static Message split(String text) {
        int headerEnd = text.indexOf("\n\n");
        String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : text.substring(headerEnd + 2);
        String[] lines = head.split("\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Message(lines[0].trim(), headers, body);
    }
}
