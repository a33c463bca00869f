package io.kuajing.catalog.adapter.alimt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.kuajing.catalog.domain.TextField;
import io.kuajing.catalog.domain.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The alimt adapter against its simulator: batching, the signature, errors, retries, timeouts, pacing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlimtTranslatorTest {

    SimulatedAlimt alimt;

    @BeforeAll
    void start() throws IOException {
        alimt = new SimulatedAlimt();
    }

    @AfterAll
    void stop() {
        alimt.close();
    }

    @BeforeEach
    void reset() {
        alimt.reset();
    }

    AlimtTranslator translator(int maxAttempts, Duration timeout, double perSecond) {
        AlimtSettings settings = new AlimtSettings();
        settings.setAccessKeyId(SimulatedAlimt.KEY_ID);
        settings.setAccessKeySecret(SimulatedAlimt.SECRET);
        settings.setEndpoint(alimt.endpoint());
        settings.setMaxAttempts(maxAttempts);
        settings.setBackoff(Duration.ofMillis(10));
        settings.setTimeout(timeout);
        settings.setRequestsPerSecond(perSecond);
        return new AlimtTranslator(settings, Clock.systemUTC());
    }

    AlimtTranslator translator() {
        return translator(4, Duration.ofSeconds(2), 1000);
    }

    @Test
    void signsAsAlibabaCloudDocumentsIt() {
        // The worked example of Alibaba Cloud's RPC signature documentation (ECS DescribeRegions, secret "testsecret").
        Map<String, String> p = new TreeMap<>(Map.of("Timestamp", "2016-02-23T12:46:24Z", "Format", "XML",
                "AccessKeyId", "testid", "Action", "DescribeRegions", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", "Version", "2014-05-26", "SignatureVersion", "1.0"));
        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", AlimtTranslator.signature("GET", p, "testsecret"));
    }

    @Test
    void sendsAtMostFiftyTextsPerCallAndKeepsTheirOrder() {
        List<String> texts = IntStream.range(0, 120).mapToObj(i -> "Moisturizing Cream " + i + " oz").toList();
        List<String> out = translator().translate(texts, "en", TextField.TITLE);
        assertEquals(List.of(50, 50, 20), alimt.batchSizes());
        assertEquals(texts.stream().map(t -> "译:" + t).toList(), out);
        assertEquals(List.of("title", "title", "title"), alimt.scenes());
        translator().translate(List.of("A long description."), "en", TextField.DESCRIPTION);
        assertEquals("description", alimt.scenes().get(3));
    }

    @Test
    void retriesThrottlingServerErrorsAndTheEnginesSystemError() {
        alimt.failNext(SimulatedAlimt.Fault.THROTTLE, SimulatedAlimt.Fault.UNAVAILABLE, SimulatedAlimt.Fault.SYSTEM_ERROR);
        assertEquals(List.of("译:Eye Cream"), translator().translate(List.of("Eye Cream"), "en", TextField.TITLE));
        assertEquals(4, alimt.requests());
    }

    @Test
    void retriesACallThatTimesOut() {
        alimt.failNext(SimulatedAlimt.Fault.HANG);
        assertEquals(List.of("译:Eye Cream"), translator(3, Duration.ofMillis(400), 1000)
                .translate(List.of("Eye Cream"), "en", TextField.TITLE));
        assertEquals(2, alimt.requests());
    }

    @Test
    void givesUpAfterItsAttemptsAndSaysTheProviderIsUnavailable() {
        alimt.failNext(SimulatedAlimt.Fault.THROTTLE, SimulatedAlimt.Fault.THROTTLE, SimulatedAlimt.Fault.THROTTLE,
                SimulatedAlimt.Fault.THROTTLE);
        Translator.Unavailable e = assertThrows(Translator.Unavailable.class,
                () -> translator(3, Duration.ofSeconds(2), 1000).translate(List.of("Eye Cream"), "en", TextField.TITLE));
        assertEquals(3, alimt.requests());
        assertTrue(e.getCause().getMessage().contains("Throttling.User"), e.getCause().getMessage());
    }

    @Test
    void doesNotRetryWhatRetryingCannotFix() {
        alimt.failNext(SimulatedAlimt.Fault.FORBIDDEN);
        Translator.Unavailable e = assertThrows(Translator.Unavailable.class,
                () -> translator().translate(List.of("Eye Cream"), "en", TextField.TITLE));
        assertEquals(1, alimt.requests());
        assertTrue(e.getMessage().contains("Forbidden.RAM"), e.getMessage());
    }

    @Test
    void aRefusedTextStaysUntranslatedAndTheOthersAreKept() {
        alimt.refuse("Night Serum");
        List<String> out = translator().translate(List.of("Eye Cream", "Night Serum", "Shampoo"), "en", TextField.TITLE);
        assertEquals("译:Eye Cream", out.get(0));
        assertNull(out.get(1));
        assertEquals("译:Shampoo", out.get(2));
    }

    @Test
    void neverSendsATextLongerThanTheApiTakes() {
        String tooLong = "x".repeat(1001);
        List<String> out = translator().translate(List.of(tooLong, "Shampoo"), "en", TextField.DESCRIPTION);
        assertNull(out.get(0));
        assertEquals(List.of("Shampoo"), alimt.translatedTexts());
    }

    @Test
    void pacesItsCallsToTheConfiguredRate() {
        AlimtTranslator slow = translator(1, Duration.ofSeconds(2), 20); // one call per 50 ms
        List<String> texts = IntStream.range(0, 250).mapToObj(i -> "Item " + i).toList();
        slow.translate(texts, "en", TextField.TITLE);
        List<Long> at = alimt.arrivals();
        assertEquals(5, at.size());
        // The rate over the whole run (each arrival also carries its own network and scheduling jitter):
        // five calls at 20 per second span at least four intervals of 50 ms.
        long spanMillis = (at.get(4) - at.get(0)) / 1_000_000;
        assertTrue(spanMillis >= 190, "5 calls paced to 20/s took " + spanMillis + " ms");
    }
}
