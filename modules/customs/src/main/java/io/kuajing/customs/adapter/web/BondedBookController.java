package io.kuajing.customs.adapter.web;

import java.net.URI;
import java.util.List;

import io.kuajing.customs.BondedBook;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The bonded warehouse's intake: entry lists of goods entering under bond, and the account book's stock. An entry
 * list number is recorded once: sent again with the same content it answers 200 and the recorded entry, with other
 * content 409 naming the field that differs (a correction to make with customs, not a second booking).
 */
@Tag(name = "customs")
@ProblemResponses
@Controller("/api/customs/bonded-book")
@Secured(Roles.OPERATOR)
class BondedBookController {

    private final BondedBook book;

    BondedBookController(BondedBook book) {
        this.book = book;
    }

    @Post("/entries")
    @Operation(summary = "Record a bonded entry list",
            description = "Records goods entering the bonded warehouse on its account book: 201 with the entry and Location the book; 200 with the same body when it was recorded before. Roles: OPERATOR.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location the book")
    @ApiResponse(responseCode = "200", description = "Recorded before: the same entry")
    @ProblemResponses.Conflict
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
    @Operation(summary = "One item record of a bonded book",
            description = "An item record with its stock. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<BondedBookJson.Item> item(@PathVariable String emsNo, @PathVariable String itemNo) {
        return book.item(emsNo, itemNo).map(BondedBookJson.Item::of)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    /** The book's item records with their stock; 404 for a book that never recorded an entry. */
    @Get("/{emsNo}")
    @Operation(summary = "A bonded account book",
            description = "The book's item records by item number with their stock. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<BondedBookJson.Book> book(@PathVariable String emsNo) {
        List<BondedBookJson.Item> items = book.items(emsNo).stream().map(BondedBookJson.Item::of).toList();
        return items.isEmpty() ? HttpResponse.notFound() : HttpResponse.ok(new BondedBookJson.Book(emsNo, items));
    }
}
