package io.kuajing.customs.adapter.singlewindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;

import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.domain.declaration.MessageType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ReadDocumentsTest {

    static final byte[] ORDER = "<o xmlns=\"http://www.chinaport.gov.cn/ceb\">1</o>".getBytes(StandardCharsets.UTF_8);
    final ReadDocuments read = new ReadDocuments(1 << 20);

    @Test
    void aDocumentReadWhenItCameIsUsedOnceForTheSameBytes() {
        Element root = SafeXml.parse(ORDER, 1 << 20).getDocumentElement();
        read.keep("KJ-1", MessageType.CEB311, ORDER, root);
        assertSame(root, read.root("KJ-1", MessageType.CEB311, ORDER.clone()));
        assertNotSame(root, read.root("KJ-1", MessageType.CEB311, ORDER), "taken out when used: parsed again");
    }

    @Test
    void otherBytesInTheStateAreReadFromTheState() {
        read.keep("KJ-2", MessageType.CEB311, ORDER, SafeXml.parse(ORDER, 1 << 20).getDocumentElement());
        byte[] stored = "<o xmlns=\"http://www.chinaport.gov.cn/ceb\">2</o>".getBytes(StandardCharsets.UTF_8);
        assertEquals("2", read.root("KJ-2", MessageType.CEB311, stored).getTextContent());
        assertEquals("1", read.root("KJ-3", MessageType.CEB311, ORDER).getTextContent(), "never read here: parsed");
    }
}
