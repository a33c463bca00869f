package io.kuajing.customs.adapter.web;

import java.net.URI;
import java.util.List;

import io.kuajing.customs.BondedBook;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;

/**
 * The bonded warehouse's intake: entry lists of goods entering under bond, and the account book's stock. An entry
 * list number is recorded once: sent again with the same content it answers 200 and the recorded entry, with other
 * content 409 naming the field that differs (a correction to make with customs, not a second booking).
 */
@Controller("/api/customs/bonded-book")
@Secured(Roles.OPERATOR)
class BondedBookController {

    private final BondedBook book;

    BondedBookController(BondedBook book) {
        this.book = book;
    }

    @Post("/entries")
    HttpResponse<BondedBookJson.Entry> recordEntry(@Body BondedBookJson.EntryBody body) {
        RecordedEntry recorded = book.recordEntry(body.toEntry());
        BondedBookJson.Entry entry = BondedBookJson.Entry.of(recorded);
        if (recorded.repeated()) {
            return HttpResponse.ok(entry);
        }
        URI bookUri = UriBuilder.of("/api/customs/bonded-book").path(entry.emsNo()).build();
        return HttpResponse.created(entry, bookUri);
    }

    @Get("/{emsNo}/items/{itemNo}")
    HttpResponse<BondedBookJson.Item> item(@PathVariable String emsNo, @PathVariable String itemNo) {
        return book.item(emsNo, itemNo).map(BondedBookJson.Item::of)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    /** The book's item records with their stock; 404 for a book that never recorded an entry. */
    @Get("/{emsNo}")
    HttpResponse<BondedBookJson.Book> book(@PathVariable String emsNo) {
        List<BondedBookJson.Item> items = book.items(emsNo).stream().map(BondedBookJson.Item::of).toList();
        return items.isEmpty() ? HttpResponse.notFound() : HttpResponse.ok(new BondedBookJson.Book(emsNo, items));
    }
}
