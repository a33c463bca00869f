package io.kuajing.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The glossary on texts, the specification a title states, and the reviewer's diff. */
class GlossaryTest {

    static final Glossary GLOSSARY = new Glossary(List.of(
            new GlossaryTerm(GlossaryTerm.Kind.BRAND, "Kao", "花王", null),
            new GlossaryTerm(GlossaryTerm.Kind.BRAND, "Kiehl's", "科颜氏", null),
            new GlossaryTerm(GlossaryTerm.Kind.BRAND, "資生堂", "资生堂", null),
            new GlossaryTerm(GlossaryTerm.Kind.CATEGORY, "Baby Formula", "婴幼儿奶粉", null),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "fl oz", "毫升", new BigDecimal("29.5735")),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "oz", "克", new BigDecimal("28.3495")),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "lb", "克", new BigDecimal("453.592")),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "ml", "毫升", BigDecimal.ONE),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "g", "克", BigDecimal.ONE),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "袋", "袋", BigDecimal.ONE),
            new GlossaryTerm(GlossaryTerm.Kind.UNIT, "Size", "美码", BigDecimal.ONE)));

    @Test
    void aWholeBrandOrCategoryIsTheGlossarysAndAnythingElseIsNot() {
        assertEquals(Optional.of("花王"), GLOSSARY.whole(TextField.BRAND, "KAO"));
        assertEquals(Optional.of("婴幼儿奶粉"), GLOSSARY.whole(TextField.CATEGORY, " Baby  Formula "));
        assertEquals(Optional.empty(), GLOSSARY.whole(TextField.TITLE, "Kao Cream"));
    }

    @Test
    void specificationsConvertUnitByUnitTheWayALabelPrintsThem() {
        assertEquals(Optional.of("89毫升"), GLOSSARY.whole(TextField.SPECIFICATION, "3 fl oz"));
        assertEquals(Optional.of("454克"), GLOSSARY.whole(TextField.SPECIFICATION, "16 oz"));
        assertEquals(Optional.of("971克"), GLOSSARY.whole(TextField.SPECIFICATION, "2.14 lb"));
        assertEquals(Optional.of("200毫升"), GLOSSARY.whole(TextField.SPECIFICATION, "200ml"));
        assertEquals(Optional.of("27克×48袋"), GLOSSARY.whole(TextField.SPECIFICATION, "27g×48袋"));
        assertEquals(Optional.of("美码10.5"), GLOSSARY.whole(TextField.SPECIFICATION, "Size 10.5"));
        assertEquals(Optional.empty(), GLOSSARY.whole(TextField.SPECIFICATION, "30 Capsules"), "an unknown unit waits");
    }

    @Test
    void termsAreProtectedBeforeTheMachineAndEnforcedAfterIt() {
        assertEquals("花王 Moisturizing Cream 454克", GLOSSARY.protect("Kao Moisturizing Cream 16 oz"));
        assertEquals("Kaolin Clay Mask 50克", GLOSSARY.protect("Kaolin Clay Mask 50g"), "a brand matches whole words only");
        assertEquals("科颜氏 洗发水 200毫升", GLOSSARY.enforce("Kiehl's Shampoo 200ml", "Kiehl's 洗发水 200ml"));
        assertEquals("美码10 跑鞋", GLOSSARY.protect("Size 10 跑鞋"));
    }

    @Test
    void theSpecificationIsTheLastSizeTheTitleStates() {
        assertEquals("3 fl oz", Specification.in("La Roche-Posay Daily Sunscreen SPF 50 3 fl oz"));
        assertEquals("250 Caplets", Specification.in("Centrum Vitamin C 1000 mg 250 Caplets"));
        assertEquals("Size 10.5", Specification.in("Clarks Classic Leather Oxford Size 10.5"));
        assertEquals("27g×48袋", Specification.in("明治 ほほえみ らくらくキューブ 27g×48袋"));
        assertEquals("26.5cm", Specification.in("アシックス ランニングシューズ ゲルカヤノ 31 26.5cm"));
        assertNull(Specification.in("Sony Noise Cancelling Wireless Headphones"));
        assertNull(Specification.in("日立 ワイヤレスノイズキャンセリングイヤホン WF-1000XM5"), "a model number is no size");
    }

    @Test
    void theDiffShowsWhatTheReviewerChanged() {
        assertEquals(List.of(new TextDiff.Run("=", "花王 化妆水 "), new TextDiff.Run("-", "2"), new TextDiff.Run("+", "4"),
                new TextDiff.Run("=", "00毫升")), TextDiff.between("花王 化妆水 200毫升", "花王 化妆水 400毫升"));
    }

    @Test
    void theSameWordsInTheSameLanguageAreOneText() {
        assertEquals(new SourceText("Eye Cream", "en-US").key(), new SourceText("Eye Cream", "en_GB").key());
        assertEquals(32, SourceText.keyOf("Eye Cream", "en").length());
        assertEquals(false, new SourceText("Eye Cream", "en").key().equals(new SourceText("Eye Cream", "ja").key()));
    }
}
