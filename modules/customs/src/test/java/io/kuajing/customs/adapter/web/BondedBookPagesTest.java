package io.kuajing.customs.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.HsCode;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The console's bonded account books over HTTP on MySQL: every book with its warehouse and stock, one book's entries. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BondedBookPagesTest implements WithTestDatabase {

    static final String REGISTERED = "T2900W000301";
    static final String UNREGISTERED = "T2900W000302";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JwtTokenGenerator tokens;
    @Inject
    BondedBook book;
    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.customs.parties.bonded-books.KJ-PAGES-BONDED", REGISTERED);
        return properties;
    }

    String page(String path) {
        return http.toBlocking().retrieve(asOperator(path).accept("text/html"));
    }

    io.micronaut.http.MutableHttpRequest<?> asOperator(String path) {
        String token = tokens.generateToken(Authentication.build("operator-1", List.of(Roles.OPERATOR)), 600).orElseThrow();
        return HttpRequest.GET(path).bearerAuth(token);
    }

    static BondedEntry entry(String emsNo, String entryNo, String itemNo, int qty) {
        return new BondedEntry(emsNo, entryNo, List.of(new BondedEntry.Item(itemNo, HsCode.of("3304990099"), "面霜", BigDecimal.valueOf(qty))));
    }

    @Test
    void everyBookShowsItsWarehouseAndTheStockOfEachItem() {
        book.recordEntry(entry(REGISTERED, "E-PAGES-01", "SKU-CREAM", 12));
        book.recordEntry(entry(UNREGISTERED, "E-PAGES-02", "SKU-LIP", 3));

        String html = page("/console/customs/bonded-books");

        assertTrue(html.contains("<h1>保税账册</h1>"), html);
        assertTrue(html.matches("(?s).*data-ems-no=\"" + REGISTERED + "\">.*保税仓: KJ-PAGES-BONDED</p>.*"
                + "data-item-no=\"SKU-CREAM\"><td>SKU-CREAM</td><td>3304990099</td><td>面霜</td><td class=\"stock\">12</td>.*"), html);
        assertTrue(html.matches("(?s).*data-ems-no=\"" + UNREGISTERED + "\">.*保税仓: 未登记仓库</p>.*<td class=\"stock\">3</td>.*"), html);
        assertTrue(html.contains("href=\"/console/customs/bonded-books\">保税账册</a>"), "in the navigation");
    }

    @Test
    void aBooksEntriesComeNewestFirstInTheOrderBookedEvenWithinOneSecond() {
        String emsNo = "T2900W000303";
        for (int i = 1; i <= 4; i++) {
            book.recordEntry(entry(emsNo, "E-ORDER-0" + i, "SKU-TEA", i));
        }
        // All four at the same instant: only the booking order can tell them apart.
        tx.executeWrite(status -> {
            try (var ps = status.getConnection().prepareStatement("UPDATE customs_bonded_movement SET moved_at = ? WHERE ems_no = ?")) {
                ps.setObject(1, LocalDateTime.of(2026, 11, 23, 10, 0, 0));
                ps.setString(2, emsNo);
                return ps.executeUpdate();
            }
        });

        String html = page("/console/customs/bonded-books/" + emsNo);

        assertTrue(html.contains("<h1>保税账册 " + emsNo + "</h1>"), html);
        assertTrue(html.contains("<td class=\"stock\">10</td>"), "1 + 2 + 3 + 4 on hand: " + html);
        Matcher references = Pattern.compile("<td>进境入账</td><td>(E-ORDER-0\\d)</td><td>SKU-TEA</td><td class=\"change\">\\+(\\d)</td>").matcher(html);
        StringBuilder order = new StringBuilder();
        while (references.find()) {
            order.append(references.group(1)).append(' ').append(references.group(2)).append(';');
        }
        assertEquals("E-ORDER-04 4;E-ORDER-03 3;E-ORDER-02 2;E-ORDER-01 1;", order.toString());
    }

    @Test
    void aMalformedBookNumberIsRefusedNamingTheField() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(asOperator("/console/customs/bonded-books/ems-1")));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        BondedBookControllerTest.assertViolation(refused, "emsNo", "ems-no-format");
    }
}
