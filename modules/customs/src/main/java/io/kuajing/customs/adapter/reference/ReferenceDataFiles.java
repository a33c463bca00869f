package io.kuajing.customs.adapter.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.kuajing.customs.domain.reference.ReferenceData;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference data, read once at start from {@code kuajing.customs.reference-data} when that folder exists;
 * otherwise from the copy of config/customs built into the jar, so the app starts on a fresh machine (operators
 * then update the folder, not the jar).
 */
@Factory
public class ReferenceDataFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataFiles.class);

    @Singleton
    ReferenceData referenceData(@Value("${kuajing.customs.reference-data:config/customs}") Path folder) {
        if (Files.isDirectory(folder)) {
            LOG.info("customs reference data from {}", folder.toAbsolutePath());
            return load(folder);
        }
        LOG.warn("customs reference data folder {} not found: using the copy shipped in the jar; set "
                + "kuajing.customs.reference-data", folder.toAbsolutePath());
        return ReferenceData.read(ShippedConfig::text, "classpath:" + ShippedConfig.FOLDER);
    }

    /** The six files of {@code folder}, parsed; tests load the shipped config/customs this way too. */
    public static ReferenceData load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("customs reference data folder not found: " + folder.toAbsolutePath());
        }
        return ReferenceData.read(name -> {
            try {
                return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference data " + folder.resolve(name), e);
            }
        }, folder.toString());
    }
}
