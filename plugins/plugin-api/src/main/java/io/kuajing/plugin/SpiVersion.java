package io.kuajing.plugin;

/**
 * The version of this SPI. A plugin declares the version it was built against; the host loads plugins whose
 * declared version it supports and reports the others as incompatible instead of failing at first call.
 */
public final class SpiVersion {

    /** Raised on every incompatible change of the SPI; additions with defaults keep it. */
    public static final int CURRENT = 1;

    private SpiVersion() {
    }

    public static boolean isSupported(int declared) {
        return declared == CURRENT;
    }
}
