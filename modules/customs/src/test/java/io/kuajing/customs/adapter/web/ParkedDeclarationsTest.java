package io.kuajing.customs.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.DeclarationView;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.customs.support.WithCustomsSchema;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * With customs' schema installed ({@code kuajing.customs.schema-dir}), a declaration whose messages customs' gate
 * would refuse is never sent: it is parked with the reason, its status says so, and operators list it.
 */
@EnabledIf(value = "io.kuajing.customs.conformance.OfficialSpec#present",
        disabledReason = "needs customs' official schema: set KUAJING_CEB_SPEC_DIR")
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkedDeclarationsTest implements WithCustomsSchema {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JwtTokenGenerator tokens;
    @Inject
    Declarations declarations;

    @Test
    void aConformingDeclarationIsSentAndOneCustomsWouldRefuseIsParkedNotSent() {
        String good = "KJ-PARK-OK";
        declarations.declare(SampleOrders.directMail(good));
        Eventually.within(Duration.ofSeconds(10), "released", () -> declarations.status(good).orElseThrow().releasedOn() != null);

        DeclarationView parked = declarations.declare(SampleOrders.notConforming("KJ-PARK-1"));
        assertEquals("PARKED", parked.status());
        assertTrue(parked.reason().startsWith("CEB311 does not conform to customs' schema: line ")
                && parked.reason().contains("buyerRegNo"), parked.reason());

        String token = tokens.generateToken(Authentication.build("staff-1", List.of(Roles.OPERATOR)), 600).orElseThrow();
        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/customs/parked?size=100").bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) page.get("items");
        assertEquals(((Number) page.get("total")).intValue(), listed.size(), "one page holds them all");
        assertTrue(listed.stream().anyMatch(p -> "KJ-PARK-1".equals(p.get("orderNo")) && p.get("messageType") == null
                && String.valueOf(p.get("reason")).contains("buyerRegNo")), listed.toString());
        assertEquals(4, listed.stream().filter(p -> "KJ-PARK-1".equals(p.get("orderNo")) && p.get("messageType") != null)
                .count(), "its four messages are kept back with it");
        assertTrue(listed.stream().noneMatch(p -> good.equals(p.get("orderNo"))));
        assertEquals(List.of(), declarations.receipts("KJ-PARK-1"), "nothing reached customs, nothing answered");
        Map<String, Object> aside = http.toBlocking().retrieve(
                HttpRequest.GET("/api/customs/receipts/set-aside").bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
        assertEquals(Map.of("items", List.of(), "page", 0, "size", 20, "total", 0), aside,
                "every sandbox receipt matched its declaration");
    }
}
