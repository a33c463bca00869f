package io.kuajing.customs.adapter.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.domain.reference.ReferenceData;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.domain.tax.TaxableLine;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import org.junit.jupiter.api.Test;

/** The jar carries the same reference data as config/customs, so `java -jar` on a fresh machine answers alike. */
class ShippedConfigTest {

    @Test
    void theJarCopyIsByteForByteTheConfigFolder() throws Exception {
        for (String name : List.of(ReferenceData.LIMITS, ReferenceData.RATES, ReferenceData.POSITIVE_LIST,
                ReferenceData.PORTS, ReferenceData.COUNTRIES, ReferenceData.CURRENCIES, ReferenceData.LEGAL_UNITS,
                "dev-signing/dev-signing-key.pem")) {
            assertEquals(Files.readString(Fixtures.CONFIG.resolve(name)), ShippedConfig.text(name), name);
        }
    }

    @Test
    void theJarCopyLoadsAndQuotesLikeTheFolder() {
        ReferenceData shipped = ReferenceData.read(ShippedConfig::text, "classpath");
        var line = List.of(new TaxableLine(HsCode.of("33049900"), Money.cny("100.00"), 1, java.math.BigDecimal.TEN));
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals(Money.cny("23.06"), new TaxCalculator(shipped.rates(), shipped.limits())
                .quote(Regime.CBEC_DIRECT_MAIL, day, line).total());
        assertTrue(shipped.positiveList().eligibility(HsCode.of("33049900"), Regime.CBEC_BONDED, day).eligible());
        XmlDsigSigner signer = XmlDsigSigner.fromPem(ShippedConfig.bytes("dev-signing/dev-signing-key.pem"),
                ShippedConfig.bytes("dev-signing/dev-signing-cert.pem"), "classpath");
        assertTrue(XmlDsigSigner.verify(signer.sign("<a xmlns=\"urn:x\">1</a>".getBytes()), signer.certificate().getPublicKey()));
        assertTrue(Files.notExists(Path.of("config/customs")), "the module folder has no config/: tests of the fallback are honest");
    }
}
