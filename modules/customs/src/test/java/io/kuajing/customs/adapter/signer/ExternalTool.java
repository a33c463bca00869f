package io.kuajing.customs.adapter.signer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool outside our code (xmlsec1, xmllint, openssl from the operating system), run as the
 * independent verifier of our signatures. A machine without the tool reports the test as not run, saying which
 * package to install.
 */
record ExternalTool(String command, String debianPackage) {

    static final ExternalTool XMLSEC1 = new ExternalTool("xmlsec1", "xmlsec1");
    static final ExternalTool XMLLINT = new ExternalTool("xmllint", "libxml2-utils");
    static final ExternalTool OPENSSL = new ExternalTool("openssl", "openssl");

    /** What the tool printed and how it ended. */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String output() {
            return new String(stdout, StandardCharsets.UTF_8) + stderr;
        }
    }

    void require() {
        Assumptions.assumeTrue(onPath(), command + " is not installed (Debian: apt-get install " + debianPackage + ")");
    }

    Result run(byte[] stdin, String... args) {
        require();
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("kj-tool", ".err");
            Process p = new ProcessBuilder(line).redirectError(err.toFile()).start();
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish");
            }
            String stderr = Files.readString(err);
            Files.delete(err);
            return new Result(p.exitValue(), out, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
