package io.kuajing.customs.support;

import java.nio.file.Path;

import io.kuajing.customs.adapter.reference.ReferenceDataFiles;
import io.kuajing.customs.domain.reference.ReferenceData;

/** The shipped reference data (config/customs), so tests prove the files the app really loads. */
public final class Fixtures {

    public static final Path CONFIG = Path.of("../../config/customs");
    public static final ReferenceData REFERENCE = ReferenceDataFiles.load(CONFIG);

    private Fixtures() {
    }
}
