package io.kuajing.plugin.carrier;

import java.util.Objects;

/** A printable file that travels with a shipment: the label, a commercial invoice, a customs declaration copy. */
public record ShippingDocument(Kind kind, LabelFormat format, byte[] content) {

    /** What the document is. */
    public enum Kind { LABEL, COMMERCIAL_INVOICE, CUSTOMS_DECLARATION, OTHER }

    public ShippingDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        if (!format.matches(content)) {
            throw new IllegalArgumentException(kind + " is not a " + format + " file");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShippingDocument d && d.kind == kind && d.format == format
                && java.util.Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, format, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ShippingDocument[" + kind + " " + format + ", " + content.length + " bytes]";
    }
}
