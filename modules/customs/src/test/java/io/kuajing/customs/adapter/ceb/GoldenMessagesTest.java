package io.kuajing.customs.adapter.ceb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleOrders;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Each message against its golden file in src/test/resources/golden. Set -Dgolden.update=true once to rewrite
 * the files after an intended change, then review the diff like code.
 */
class GoldenMessagesTest {

    static final Instant AT = Instant.parse("2026-11-20T02:16:00Z");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static JaxbCustomsMessages writer() {
        Iterator<String> guids = Stream.iterate(1, i -> i + 1)
                .map(i -> String.format("4B1D2C3E-0000-4000-8000-%012d", i)).iterator();
        return new JaxbCustomsMessages(Fixtures.REFERENCE.countries(), guids::next);
    }

    @Test
    void theFourDocumentsOfABondedOrderMatchTheirGoldenFiles() throws IOException {
        DeclarationRequest request = SampleOrders.bonded("KJ20261120001", "T2900W000001", SampleOrders.BUYER);
        List<OutgoingMessage> messages = writer().declare(request, AT);
        assertEquals(4, messages.size());
        for (OutgoingMessage m : messages) {
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
        for (OutgoingMessage m : writer().declare(SampleOrders.directMail("KJ20261120002"), AT)) {
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

    static void assertGolden(OutgoingMessage m) throws IOException {
        Path file = GOLDEN.resolve(m.type() + ".xml");
        String actual = new String(m.xml(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "golden file " + file + " missing: run once with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, m.type() + " differs from " + file);
    }

    /** A released bonded declaration of the sample order, with one lipstick on its way back. */
    static final class SampleDeclarations {
        static Declaration released() {
            DeclarationRequest r = SampleOrders.bonded("KJ20261120001", "T2900W000001", SampleOrders.BUYER);
            List<DeclarationLine> lines = r.lines().stream().map(l -> new DeclarationLine(l.gnum(), l.itemNo(),
                    l.itemName(), l.hsCode(), l.unit(), l.qty(), l.totalPrice(), java.math.BigDecimal.ZERO,
                    l.gnum() == 2 ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO)).toList();
            return new Declaration(r.orderNo(), r.regime(), r.portCode(), r.emsNo(),
                    new Declaration.Parties(SampleOrders.PLATFORM, SampleOrders.SELLER, SampleOrders.BROKER, SampleOrders.LOGISTICS),
                    r.waybill().logisticsNo(), new BuyerKey("0".repeat(64), "110*************2X"),
                    r.order().acturalPaid(), r.order().taxTotal(), lines, "29002026I000000001",
                    io.kuajing.customs.domain.declaration.DeclarationStatus.RELEASED, null, null,
                    java.time.LocalDate.of(2026, 11, 21), null, null);
        }
    }
}
