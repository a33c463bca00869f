package io.kuajing.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A county-level administrative-division code (GB/T 2260, 6 digits) that exists in the national list shipped as
 * reference data ({@code config/divisions/administrative-divisions.csv}: its header gives the date and source). A
 * parcel goes to a county: a province or prefecture code, or a code not in the list, is refused.
 */
@ValueObject
public record DivisionCode(String value) {

    static final String LIST = "/reference/divisions/administrative-divisions.csv";
    private static final Pattern FORMAT = Pattern.compile("[1-8]\\d{5}");

    public DivisionCode {
        if (value == null || !Counties.NAMES.containsKey(value)) {
            throw new IllegalArgumentException("not a county-level administrative-division code: " + value);
        }
    }

    /** The code, or a {@link RuleViolation} naming {@code field}: {@code division-code} (format), {@code division-code-known}. */
    public static DivisionCode of(String raw, String field) {
        if (raw == null || !FORMAT.matcher(raw).matches()) {
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

    /**
     * The county an address names as Chinese storefronts have buyers pick it: province, city and district by name
     * (浙江省, 杭州市, 西湖区). The district is looked up within the province; the city only tells apart districts of
     * the same name, and a municipality's city (上海市) is its province, whose prefecture the list calls 市辖区.
     * Empty when the names match no county, or more than one.
     */
    public static Optional<DivisionCode> named(String province, String city, String district) {
        if (province == null || district == null) {
            return Optional.empty();
        }
        List<String> inProvince = Counties.NAMES.entrySet().stream()
                .filter(e -> e.getValue().equals(district.strip()))
                .map(Map.Entry::getKey)
                .filter(code -> province.strip().equals(Counties.nameOfProvince(code)))
                .toList();
        List<String> inCity = inProvince.size() <= 1 ? inProvince : inProvince.stream()
                .filter(code -> city != null && city.strip().equals(Counties.nameAbove(code)))
                .toList();
        return inCity.size() == 1 ? Optional.of(new DivisionCode(inCity.get(0))) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    /** The counties of the list, and the provinces and prefectures above them, read once when first needed. */
    private static final class Counties {

        /** Province and prefecture names by code, and every division's parent code (a province has none). */
        private static final Map<String, String> ABOVE = new HashMap<>();
        private static final Map<String, String> PARENTS = new HashMap<>();
        static final Map<String, String> NAMES = read();

        /** The name of the division right above the county (its prefecture, or its province when directly under it). */
        static String nameAbove(String county) {
            return ABOVE.get(PARENTS.get(county));
        }

        static String nameOfProvince(String county) {
            String code = county;
            while (PARENTS.get(code) != null && !PARENTS.get(code).isEmpty()) {
                code = PARENTS.get(code);
            }
            return ABOVE.get(code);
        }

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
                    if (cells.length != 4) {
                        continue;
                    }
                    PARENTS.put(cells[0], cells[3]);
                    if ("county".equals(cells[2])) {
                        names.put(cells[0], cells[1]);
                    } else {
                        ABOVE.put(cells[0], cells[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(names);
        }
    }
}
