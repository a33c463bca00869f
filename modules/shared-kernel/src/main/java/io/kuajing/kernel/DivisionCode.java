package io.kuajing.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A county-level administrative-division code (GB/T 2260, 6 digits) that exists in the national list shipped as
 * reference data ({@code config/divisions/administrative-divisions.csv}: its header gives the date and source). A
 * parcel goes to a county: a province or prefecture code, or a code not in the list, is refused.
 */
@ValueObject
public record DivisionCode(String value) {

    static final String LIST = "/reference/divisions/administrative-divisions.csv";

    public DivisionCode {
        if (value == null || !Counties.NAMES.containsKey(value)) {
            throw new IllegalArgumentException("not a county-level administrative-division code: " + value);
        }
    }

    /** The code, or a {@link RuleViolation} naming {@code field}: {@code division-code} (format), {@code division-code-known}. */
    public static DivisionCode of(String raw, String field) {
        if (raw == null || !raw.matches("[1-8]\\d{5}")) {
            throw new RuleViolation(field, "division-code",
                    "must be a 6-digit county-level administrative-division code (GB/T 2260), e.g. 310115");
        }
        if (!Counties.NAMES.containsKey(raw)) {
            throw new RuleViolation(field, "division-code-known",
                    raw + " is not a county-level division in the national list; use the code of the county or district");
        }
        return new DivisionCode(raw);
    }

    /** The county's name in the list (e.g. 浦东新区 for 310115). */
    public String name() {
        return Counties.NAMES.get(value);
    }

    /** Whether the list knows the code as a county. */
    public static boolean known(String code) {
        return code != null && Counties.NAMES.containsKey(code);
    }

    public static Optional<DivisionCode> find(String code) {
        return known(code) ? Optional.of(new DivisionCode(code)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    /** The counties of the list, read once when first needed. */
    private static final class Counties {

        static final Map<String, String> NAMES = read();

        private static Map<String, String> read() {
            Map<String, String> names = new HashMap<>();
            try (InputStream in = DivisionCode.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("the division list " + LIST + " is not on the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                boolean header = true;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (header) {
                        header = false; // code,name,level,parent
                        continue;
                    }
                    String[] cells = line.split(",", -1);
                    if (cells.length == 4 && "county".equals(cells[2])) {
                        names.put(cells[0], cells[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(names);
        }
    }
}
