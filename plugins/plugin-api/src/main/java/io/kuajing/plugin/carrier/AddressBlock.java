package io.kuajing.plugin.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address block printed on a label for a parcel leaving China, in the destination post's own format, and the
 * rules an address must meet to be printed so. One place for what every outbound carrier prints, so a plugin does
 * not re-learn each country's format and the host can refuse an address before anything is booked.
 *
 * <ul>
 * <li><b>US</b> (USPS Publication 28, 2.22 "Last Line of the Address", and the UPU's S42 template for the US): upper
 * case, punctuation left out; the recipient, the delivery address line (a secondary unit such as {@code APT 5} on the
 * same line), then {@code CITY ST  ZIP} — the city, the two-letter USPS state abbreviation, two spaces, the 5-digit
 * ZIP Code or ZIP+4 — and {@code UNITED STATES} as the last line.</li>
 * <li><b>JP</b> (the UPU's country sheet for Japan; Japan Post's sorting machines read kanji and kana only, items
 * addressed in Roman letters are sorted by hand): Japanese order, largest area first — {@code 〒} and the postal code
 * {@code 123-4567}, then the prefecture, city (ward, town) and the rest of the address as one line, then the
 * recipient; {@code JAPAN} in Latin capitals as the last line, for the posts on the way.</li>
 * <li>Any other country: the recipient, the street lines, the postal code and city, and the country's English name in
 * capitals (UPU convention), unchecked.</li>
 * </ul>
 */
public final class AddressBlock {

    /** USPS state and territory abbreviations (Publication 28, Appendix B), with the military AA, AE, AP. */
    static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP");

    /** The 47 prefectures (JIS X 0401) as they are written in an address. */
    static final Set<String> JP_PREFECTURES = Set.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県",
            "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県",
            "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
            "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県",
            "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private static final Pattern ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");
    private static final Pattern JP_POSTAL_CODE = Pattern.compile("[0-9]{3}-?[0-9]{4}");

    private AddressBlock() {
    }

    /** Why an address cannot be printed in its country's format: the canonical field, a stable rule, a text. */
    public record Problem(String field, String rule, String text) {
    }

    /** The first rule the address breaks, or empty when it can be printed in its country's format. */
    public static Optional<Problem> problem(Address address) {
        return switch (address.countryCode()) {
            case "US" -> us(address);
            case "JP" -> jp(address);
            default -> Optional.empty();
        };
    }

    /**
     * The lines to print, top to bottom.
     *
     * @throws CarrierError {@code INVALID_REQUEST} naming the field, when the address breaks its country's rules
     */
    public static List<String> lines(Address address) {
        problem(address).ifPresent(p -> {
            throw new CarrierError(CarrierError.Kind.INVALID_REQUEST, p.rule() + ": " + p.text(), p.field(), null, null);
        });
        List<String> lines = new ArrayList<>();
        switch (address.countryCode()) {
            case "US" -> {
                lines.add(upper(address.name()));
                lines.add(upper(address.streetLine()));
                lines.add(upper(address.city()) + " " + address.province().strip().toUpperCase(Locale.ROOT) + "  "
                        + address.postalCode().strip());
            }
            case "JP" -> {
                String code = address.postalCode().strip().replace("-", "");
                lines.add("〒" + code.substring(0, 3) + "-" + code.substring(3));
                lines.add(address.province().strip() + address.city().strip()
                        + (address.district() == null ? "" : address.district().strip()) + String.join("", address.street()));
                lines.add(address.name().strip());
            }
            default -> {
                lines.add(address.name().strip());
                lines.addAll(address.street());
                lines.add(((address.postalCode() == null ? "" : address.postalCode().strip() + " ")
                        + (address.city() == null ? "" : address.city().strip())).strip());
            }
        }
        lines.add(countryName(address.countryCode()));
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    /** The country's English short name in capitals, as the UPU asks for the last line of an international address. */
    public static String countryName(String countryCode) {
        return new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }

    private static Optional<Problem> us(Address a) {
        if (a.postalCode() == null || !ZIP.matcher(a.postalCode().strip()).matches()) {
            return problem("shipTo.postalCode", "us-zip", "a US ZIP Code is 5 digits or ZIP+4 (12345-6789)");
        }
        if (a.province() == null || !US_STATES.contains(a.province().strip().toUpperCase(Locale.ROOT))) {
            return problem("shipTo.province", "us-state", "the state is its two-letter USPS abbreviation, e.g. WA");
        }
        return city(a, "the city (USPS City State file name)");
    }

    private static Optional<Problem> jp(Address a) {
        if (a.postalCode() == null || !JP_POSTAL_CODE.matcher(a.postalCode().strip()).matches()) {
            return problem("shipTo.postalCode", "jp-postal-code", "a Japanese postal code is 7 digits, 123-4567");
        }
        if (a.province() == null || !JP_PREFECTURES.contains(a.province().strip())) {
            return problem("shipTo.province", "jp-prefecture", "the prefecture as written in Japanese, e.g. 東京都");
        }
        return city(a, "the city, ward or town, e.g. 千代田区");
    }

    private static Optional<Problem> city(Address a, String what) {
        return a.city() == null || a.city().isBlank() ? problem("shipTo.city", "required", what + " is required")
                : Optional.empty();
    }

    private static Optional<Problem> problem(String field, String rule, String text) {
        return Optional.of(new Problem(field, rule, text));
    }

    private static String upper(String text) {
        // Publication 28: punctuation may be left out of the delivery address block (the ZIP+4 hyphen stays).
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[.,]", "").replaceAll("\\s+", " ");
    }
}
