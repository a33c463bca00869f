package io.kuajing.customs.adapter.web;

import java.util.Map;

import io.kuajing.customs.BondedBook;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The console's bonded account books (ADR 0022): every book with its warehouse and the stock per item record, and
 * one book's movements newest first, through the same {@link BondedBook} as the JSON API.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/customs/bonded-books", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class BondedBookPages {

    private static final int ENTRIES_SHOWN = 200;

    private final BondedBook book;
    private final Pages pages;

    BondedBookPages(BondedBook book, Pages pages) {
        this.book = book;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> books(HttpRequest<?> request) {
        Texts texts = Pages.consoleTexts(request, "customs-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "books.title");
        model.put("books", book.books());
        return new ModelAndView<>("customs/bonded-books", model);
    }

    /** A malformed book number is refused as the JSON API refuses it (422 naming {@code emsNo}). */
    @Get("/{emsNo}")
    ModelAndView<Map<String, Object>> entries(HttpRequest<?> request, @PathVariable String emsNo) {
        Texts texts = Pages.consoleTexts(request, "customs-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "book.title", emsNo);
        model.put("entries", book.entries(emsNo, ENTRIES_SHOWN));
        model.put("emsNo", emsNo);
        model.put("items", book.items(emsNo));
        return new ModelAndView<>("customs/bonded-book", model);
    }
}
