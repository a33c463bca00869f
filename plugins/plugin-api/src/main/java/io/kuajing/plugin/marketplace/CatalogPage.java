package io.kuajing.plugin.marketplace;

import java.util.List;

/**
 * One page of a source catalogue. Rows the plugin could not read come back as {@link Message}s (level ERROR, ref
 * naming the row) next to the items it could, never as an exception.
 *
 * @param nextCursor opaque; pass it to the next call; null when this was the last page
 */
public record CatalogPage(List<CatalogItem> items, List<Message> messages, String nextCursor) {

    public CatalogPage {
        items = List.copyOf(items);
        messages = List.copyOf(messages);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
