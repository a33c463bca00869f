package io.kuajing.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One page of a listing, the same shape on every route that lists (ADR 0024): {@code page} counts from 0, {@code size}
 * is the page size asked for, {@code total} all items that match (null where counting them would cost more than the
 * page, e.g. a full-text search or a scan by status). Empty lists are written as [] (serde would drop them).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, int page, int size, @Nullable Long total) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    /** Refuses a page before anything is read: 422 naming {@code page} or {@code size} and the rule. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new RuleViolation("page", "min", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "range", "size must be 1.." + MAX_SIZE);
        }
    }

    /** How many items to read to serve {@code page}: everything up to its end (for sources that take a limit only). */
    public static int through(int page, int size) {
        check(page, size);
        return Math.multiplyExact(page + 1, size);
    }

    /** Where {@code page} starts, for sources that read one page themselves (from this offset, {@code size} items). */
    public static long offset(int page, int size) {
        check(page, size);
        return (long) page * size;
    }

    /** A page its source read itself from {@link #offset}, in a listing too large to count. */
    public static <T> Page<T> read(List<T> items, int page, int size) {
        check(page, size);
        return new Page<>(List.copyOf(items), page, size, null);
    }

    /** The page of a whole listing, counted. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        check(page, size);
        return new Page<>(slice(all, page, size), page, size, (long) all.size());
    }

    /** The page out of the first {@link #through} items of a listing too large to count. */
    public static <T> Page<T> uncounted(List<T> first, int page, int size) {
        check(page, size);
        return new Page<>(slice(first, page, size), page, size, null);
    }

    private static <T> List<T> slice(List<T> items, int page, int size) {
        long from = (long) page * size;
        if (from >= items.size()) {
            return List.of();
        }
        return List.copyOf(items.subList((int) from, (int) Math.min(items.size(), from + size)));
    }
}
