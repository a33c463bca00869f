package io.kuajing.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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

    /**
     * A label carrying the addressee block as given, line by line, under the carrier and the waybill. PDF: lines in
     * Latin letters in Helvetica; lines with other characters (kanji, kana, 〒) in Adobe's predefined Japanese CID
     * font by its Unicode CMap ({@code UniJIS-UCS2-H}, text as UCS-2 hex), which PDF readers map back to Unicode
     * without an embedded font. ZPL: UTF-8 field data ({@code ^CI28}). PNG: the plain 1x1 image.
     */
    static byte[] addressed(String format, String carrier, String waybill, List<String> block) {
        List<String> lines = new ArrayList<>();
        lines.add(carrier + " " + waybill);
        lines.addAll(block);
        return switch (format == null ? "PDF" : format) {
            case "PNG" -> Base64.getDecoder().decode(PNG);
            case "ZPL" -> zpl(lines);
            default -> pdf(lines);
        };
    }

    static String formatOf(String requested) {
        return "PNG".equals(requested) || "ZPL".equals(requested) ? requested : "PDF";
    }

    private static byte[] zpl(List<String> lines) {
        StringBuilder zpl = new StringBuilder("^XA^CI28^CF0,30");
        for (int i = 0; i < lines.size(); i++) {
            zpl.append("^FO40,").append(40 + 45 * i).append("^FD").append(lines.get(i).replaceAll("[\\^~]", " ")).append("^FS");
        }
        return zpl.append("^XZ\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF with a cross-reference table, so a reader need not reconstruct it. */
    private static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT 14 TL 20 400 Td");
        for (String line : lines) {
            if (line.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                text.append(" /F1 11 Tf (").append(line.replaceAll("([()\\\\])", "\\\\$1")).append(") Tj T*");
            } else {
                StringBuilder hex = new StringBuilder();
                line.chars().forEach(c -> hex.append(String.format("%04X", c)));
                text.append(" /F2 11 Tf <").append(hex).append("> Tj T*");
            }
        }
        String stream = text.append(" ET").toString();
        List<String> objects = List.of(
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 288 432]/Contents 4 0 R/Resources<</Font<</F1 5 0 R/F2 6 0 R>>>>>>",
                "<</Length " + stream.getBytes(StandardCharsets.US_ASCII).length + ">>stream\n" + stream + "\nendstream",
                "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
                "<</Type/Font/Subtype/Type0/BaseFont/KozMinPr6N-Regular/Encoding/UniJIS-UCS2-H/DescendantFonts[7 0 R]>>",
                "<</Type/Font/Subtype/CIDFontType0/BaseFont/KozMinPr6N-Regular"
                        + "/CIDSystemInfo<</Registry(Adobe)/Ordering(Japan1)/Supplement 6>>/FontDescriptor 8 0 R>>",
                "<</Type/FontDescriptor/FontName/KozMinPr6N-Regular/Flags 6/FontBBox[-437 -340 1147 1317]/ItalicAngle 0"
                        + "/Ascent 1317/Descent -349/CapHeight 742/StemV 80>>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj").append(objects.get(i)).append("endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
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
