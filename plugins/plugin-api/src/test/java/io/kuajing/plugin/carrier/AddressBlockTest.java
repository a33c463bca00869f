package io.kuajing.plugin.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AddressBlockTest {

    private static Address us(String state, String zip) {
        return new Address("Jane Doe", null, "+1 206-555-0100", "US", null, state, "Seattle", null,
                List.of("410 Terry Ave. N", "Apt 5"), zip);
    }

    private static Address jp(String prefecture, String postalCode) {
        return new Address("山田 太郎", null, "03-5555-0100", "JP", null, prefecture, "千代田区", null,
                List.of("霞が関1-3-2"), postalCode);
    }

    @Test
    void aUsAddressIsPrintedAsPublication28AsksUpperCaseWithoutPunctuation() {
        assertEquals(List.of("JANE DOE", "410 TERRY AVE N APT 5", "SEATTLE WA  98109-5210", "UNITED STATES"),
                AddressBlock.lines(us("wa", "98109-5210")));
        assertEquals("SEATTLE WA  98109", AddressBlock.lines(us("WA", "98109")).get(2));
    }

    @Test
    void aUsZipCodeAndStateAreChecked() {
        for (String zip : new String[] {"9810", "981090", "98109-52", "ABCDE", null}) {
            assertEquals(Optional.of("shipTo.postalCode us-zip"), rule(us("WA", zip)), zip);
        }
        assertEquals(Optional.of("shipTo.province us-state"), rule(us("Washington", "98109")));
        assertEquals(Optional.of("shipTo.province us-state"), rule(us("XX", "98109")));
        assertEquals(Optional.empty(), rule(us("PR", "00901")), "territories have USPS abbreviations too");
        CarrierError refused = assertThrows(CarrierError.class, () -> AddressBlock.lines(us("WA", "9810")));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, refused.kind());
        assertEquals("shipTo.postalCode", refused.field());
    }

    @Test
    void aJapaneseAddressIsPrintedLargestAreaFirstWithThePostalMark() {
        assertEquals(List.of("〒100-0013", "東京都千代田区霞が関1-3-2", "山田 太郎", "JAPAN"),
                AddressBlock.lines(jp("東京都", "100-0013")));
        assertEquals("〒100-0013", AddressBlock.lines(jp("東京都", "1000013")).get(0), "seven digits get their hyphen");
    }

    @Test
    void aJapanesePostalCodeAndPrefectureAreChecked() {
        for (String code : new String[] {"100-001", "10-00013", "100 0013", "〒100-0013", null}) {
            assertEquals(Optional.of("shipTo.postalCode jp-postal-code"), rule(jp("東京都", code)), code);
        }
        assertEquals(Optional.of("shipTo.province jp-prefecture"), rule(jp("Tokyo", "100-0013")));
        assertEquals(47, AddressBlock.JP_PREFECTURES.size());
        assertEquals(Optional.of("shipTo.city required"), rule(new Address("山田 太郎", null, "", "JP", null, "東京都", " ",
                null, List.of("霞が関1-3-2"), "100-0013")));
    }

    @Test
    void anotherCountryGetsTheUpuBlockWithItsNameInCapitals() {
        Address paris = new Address("Marie Curie", null, "", "FR", null, null, "Paris", null, List.of("1 rue Cuvier"), "75005");
        assertEquals(List.of("Marie Curie", "1 rue Cuvier", "75005 Paris", "FRANCE"), AddressBlock.lines(paris));
        assertTrue(AddressBlock.problem(paris).isEmpty());
    }

    private static Optional<String> rule(Address address) {
        return AddressBlock.problem(address).map(p -> p.field() + " " + p.rule());
    }
}
