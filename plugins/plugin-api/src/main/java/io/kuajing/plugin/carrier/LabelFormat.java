package io.kuajing.plugin.carrier;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Printable formats of labels and documents, with the leading bytes every file of the format starts with. */
public enum LabelFormat {
    PDF("application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    /** Zebra printer language, sent to thermal printers as is. */
    ZPL("application/x-zpl", "^XA".getBytes(StandardCharsets.US_ASCII));

    private final String mediaType;
    private final byte[] magic;

    LabelFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether {@code content} looks like a file of this format (checks its leading bytes). */
    public boolean matches(byte[] content) {
        return content != null && content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
