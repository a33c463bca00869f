package io.kuajing.customs.adapter.singlewindow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kuajing.customs.adapter.ceb.SafeXml;
import io.kuajing.customs.domain.declaration.MessageType;
import org.w3c.dom.Element;

/**
 * The documents an inventory list is compared with (an order, payment and waybill), as the sandbox read them when they
 * came, until the list needs them: reading them again from the stored bytes was three parses per order (issue #13).
 * One is used only when the state still holds the very bytes it was read from (another instance on the same state, or
 * an answer rolled back, may have kept others), and it is taken out when used, so no two threads read one DOM (Xerces
 * expands a parsed DOM as it is read). Bounded: an order's documents come shortly before its list, in envelopes of up
 * to 100 orders' (ADR 0047); one not found here is parsed from the state's bytes, as before.
 */
final class ReadDocuments {

    /** Two envelopes' worth of each document (ADR 0047: the lists come in envelopes of 100, after their documents'). */
    private static final int KEPT = 3 * 2 * 100;

    private record Key(String orderNo, MessageType type) {
    }

    private record Read(byte[] xml, Element root) {
    }

    private final int maxBytes;
    private final Map<Key, Read> read = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Read> eldest) {
            return size() > KEPT;
        }
    };

    ReadDocuments(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** {@code root} is the document read from {@code xml}, the bytes the state keeps for the order; no longer read here. */
    synchronized void keep(String orderNo, MessageType type, byte[] xml, Element root) {
        read.put(new Key(orderNo, type), new Read(xml, root));
    }

    /** The root of {@code stored}, the order's document of this type as the state holds it now. */
    Element root(String orderNo, MessageType type, byte[] stored) {
        Read kept;
        synchronized (this) {
            kept = read.remove(new Key(orderNo, type));
        }
        return kept != null && Arrays.equals(kept.xml(), stored) ? kept.root()
                : SafeXml.parse(stored, maxBytes).getDocumentElement();
    }
}
