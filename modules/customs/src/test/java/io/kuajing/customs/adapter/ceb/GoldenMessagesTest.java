package io.kuajing.customs.adapter.ceb;

import io.kuajing.customs.domain.declaration.UnsignedMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.SampleOrders;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Each message against its golden file in src/test/resources/golden: examples of what Kuajing sends, signed with the
 * development key (so each is a complete message customs' schema accepts: {@code GoldenFilesConformanceTest}). The
 * comparison leaves the signature out, so a change of signing algorithm or key does not touch the examples' content.
 * Set -Dgolden.update=true once to rewrite the files after an intended change, then review the diff like code.
 */
class GoldenMessagesTest {

    static final Instant AT = Instant.parse("2026-11-20T02:16:00Z");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static final XmlDsigSigner SIGNER = XmlDsigSigner.fromPem(Fixtures.CONFIG.resolve("dev-signing/dev-signing-key.pem"),
            Fixtures.CONFIG.resolve("dev-signing/dev-signing-cert.pem"));
    private static final Pattern SIGNATURE = Pattern.compile("(?s)<(\\w+:)?Signature[ >].*</(\\w+:)?Signature>");

    static JaxbCustomsMessages writer() {
        return SampleMessages.reproducible();
    }

    @Test
    void theFourDocumentsOfABondedOrderMatchTheirGoldenFiles() throws IOException {
        DeclarationRequest request = SampleOrders.bonded("KJ20261120001", "T2900W000001", SampleOrders.BUYER);
        List<UnsignedMessage> messages = writer().declare(request, SampleMessages.COP_NO, AT);
        assertEquals(4, messages.size());
        for (UnsignedMessage m : messages) {
            assertGolden(m);
        }
    }

    @Test
    void cancellationAndReturnMatchTheirGoldenFiles() throws IOException {
        JaxbCustomsMessages writer = writer();
        Declaration d = SampleDeclarations.released();
        assertGolden(writer.cancel(d, SampleOrders.BUYER, "买家取消订单", AT));
        assertGolden(writer.refund(d, SampleOrders.BUYER, "质量问题退货", AT));
    }

    @Test
    void everyMessageIsACebRootWithAnUpperCaseGuidVersionAndApplicationFields() {
        for (UnsignedMessage m : writer().declare(SampleOrders.directMail("KJ20261120002"), SampleMessages.COP_NO, AT)) {
            Element root = SafeXml.parse(m.xml(), 1 << 20).getDocumentElement();
            assertEquals(Ceb.NAMESPACE, root.getNamespaceURI());
            assertEquals(m.type().rootElement(), root.getLocalName());
            assertTrue(root.getAttribute("guid").matches("[0-9A-F-]{36}"), root.getAttribute("guid"));
            assertEquals("1.0", root.getAttribute("version"));
            String xml = new String(m.xml(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<ceb:appType>1</ceb:appType>") && xml.contains("<ceb:appStatus>2</ceb:appStatus>")
                    && xml.contains("<ceb:appTime>20261120101600</ceb:appTime>"), m.type() + " application fields");
        }
    }

    static void assertGolden(UnsignedMessage m) throws IOException {
        Path file = GOLDEN.resolve(m.type() + ".xml");
        String signed = new String(SIGNER.sign(m).xml(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, signed, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "golden file " + file + " missing: run once with -Dgolden.update=true");
        String golden = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(SIGNATURE.matcher(golden).find(), file + " is signed");
        assertEquals(unsigned(golden), unsigned(signed), m.type() + " differs from " + file);
    }

    private static String unsigned(String xml) {
        return SIGNATURE.matcher(xml).replaceAll("");
    }

    /** A released bonded declaration of the sample order, with one lipstick on its way back. */
    static final class SampleDeclarations {
        static Declaration released() {
            DeclarationRequest r = SampleOrders.bonded("KJ20261120001", "T2900W000001", SampleOrders.BUYER);
            List<DeclarationLine> lines = r.lines().stream().map(l -> new DeclarationLine(l.gnum(), l.itemNo(),
                    l.itemName(), l.hsCode(), l.unit(), l.qty(), l.totalPrice(), java.math.BigDecimal.ZERO,
                    l.gnum() == 2 ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO)).toList();
            return new Declaration(r.orderNo(), SampleMessages.COP_NO, r.payment().payTransactionId(), r.regime(),
                    r.portCode(), r.emsNo(),
                    new Declaration.Parties(SampleOrders.PLATFORM, SampleOrders.SELLER, SampleOrders.BROKER, SampleOrders.LOGISTICS),
                    r.waybill().logisticsNo(), new BuyerKey("0".repeat(64), "110*************2X"),
                    r.order().acturalPaid(), r.order().taxTotal(), lines, "29002026I000000001", "B20261120000000001",
                    io.kuajing.customs.domain.declaration.DeclarationStatus.RELEASED, null, null,
                    java.time.LocalDate.of(2026, 11, 21), null, null);
        }
    }
}
