package io.kuajing.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Small but real labels in the formats carriers print (PDF, PNG, ZPL): the host checks a label's magic bytes, and
 * a demo warehouse printer should be able to open it.
 */
final class Labels {

    /** A 1x1 white PNG: the smallest image a viewer opens. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAFmHDWwAAAABJRU5ErkJggg==";

    private Labels() {
    }

    /** The label for {@code waybill} in {@code format} (PDF, PNG or ZPL; anything else gets a PDF). */
    static byte[] of(String format, String carrier, String waybill) {
        return switch (format == null ? "PDF" : format) {
            case "PNG" -> Base64.getDecoder().decode(PNG);
            case "ZPL" -> ("^XA^CF0,40^FO40,40^FD" + carrier + "^FS^FO40,100^BCN,120,Y,N,N^FD" + waybill + "^FS^XZ\n")
                    .getBytes(StandardCharsets.US_ASCII);
            default -> pdf(carrier + " " + waybill);
        };
    }

    static String formatOf(String requested) {
        return "PNG".equals(requested) || "ZPL".equals(requested) ? requested : "PDF";
    }

    private static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 40 120 Td (" + text.replaceAll("[^A-Za-z0-9 -]", "") + ") Tj ET";
        return ("%PDF-1.4\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 288 432]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
