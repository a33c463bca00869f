package io.kuajing.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.platform.FailedPublications;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * SQL over {@code platform_event_publication}. Every method runs on the connection of the caller's transaction.
 * Times are stored as UTC wall-clock values so neither the driver nor the server shifts them.
 */
@Singleton
class EventPublications {

    private static final String INSERT = "INSERT INTO platform_event_publication (event_id, listener_id, event_type, "
            + "serialized_event, publication_date, status, completion_attempts, next_attempt_at) VALUES ";
    private static final String INSERT_ROW = "(?, ?, ?, ?, ?, 'PUBLISHED', 0, ?)";

    /** Rows per insert statement, and the JSON per statement, kept far below any max_allowed_packet. */
    static final int ROWS_PER_INSERT = 500;
    static final int CHARS_PER_INSERT = 1 << 20;

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    // One handler's share of a batch: its due publications (published and due, not leased or leased to a dispatcher
    // whose lease ran out: it died or hangs), longest due first, past those this claim already holds. No ORDER BY:
    // InnoDB walks the due index (status, listener_id, next_attempt_at), which holds them in that order, and at READ
    // COMMITTED (the dispatcher claims so, ADR 0041) locks only the rows it returns, no gap. A round's shares are read
    // by one statement, these parts joined by UNION ALL (ADR 0045): MariaDB walks each part's range as it would alone,
    // locking and skipping per part.
    private static final String SHARE = """
            (SELECT id, event_id, listener_id, serialized_event, publication_date, completion_attempts
            FROM platform_event_publication
            WHERE status = 'PUBLISHED' AND listener_id = ? AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
            LIMIT ? OFFSET ? FOR UPDATE SKIP LOCKED)""";

    // One statement leases the whole claimed batch (ids IN the batch), not one per publication: OutboxWriteBenchmark
    // drained 29% faster that way (ADR 0038). It writes no column of the due index, so it never waits: a range read
    // of the due index also locks the first entry past its range, a row another claim may hold, and a lease that
    // moved its rows within the index waited there for that claim while it waited in turn (ADR 0049). The
    // resubmission date is set before the lease, as MySQL reads the assignments left to right.
    private static final String CLAIM = """
            UPDATE platform_event_publication
            SET claimed_by = ?,
                last_resubmission_date = CASE WHEN lease_until IS NOT NULL THEN ? ELSE last_resubmission_date END,
                lease_until = ?
            WHERE id IN (%s)""";

    private static final String COMPLETE = """
            UPDATE platform_event_publication
            SET status = 'COMPLETED', completion_date = ?, completion_attempts = completion_attempts + 1, claimed_by = NULL,
                lease_until = NULL
            WHERE claimed_by = ? AND status = 'PUBLISHED' AND id IN (%s)""";

    private static final String FAIL = """
            UPDATE platform_event_publication
            SET status = ?, completion_attempts = completion_attempts + 1, next_attempt_at = ?, last_error = ?, claimed_by = NULL,
                lease_until = NULL
            WHERE id = ? AND claimed_by = ? AND status = 'PUBLISHED'""";

    private static final String FAILED = """
            SELECT id, event_id, listener_id, event_type, publication_date, completion_attempts, last_error
            FROM platform_event_publication WHERE status = 'FAILED' ORDER BY id LIMIT ?""";

    private static final String RESUBMIT = """
            UPDATE platform_event_publication
            SET status = 'PUBLISHED', completion_attempts = 0, next_attempt_at = ?, last_resubmission_date = ?
            WHERE id = ? AND status = 'FAILED'""";

    private final TransactionOperations<Connection> transactions;

    EventPublications(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** A publication to store: one event for one handler. */
    record NewPublication(String eventId, String listenerId, String eventType, String json) {
    }

    /**
     * Stores publications, in order, as multi-row inserts (written out here rather than left to the driver's
     * {@code rewriteBatchedStatements}, so neither the speed nor H2 depends on a URL flag).
     */
    void insert(List<NewPublication> rows, Instant now) {
        String at = utcText(now);
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            long chars = 0;
            while (to < rows.size() && to - from < ROWS_PER_INSERT && (to == from || chars < CHARS_PER_INSERT)) {
                chars += rows.get(to).json().length();
                to++;
            }
            insertChunk(rows.subList(from, to), at);
            from = to;
        }
    }

    private void insertChunk(List<NewPublication> chunk, String at) {
        String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), INSERT_ROW));
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int i = 1;
            for (NewPublication row : chunk) {
                ps.setString(i++, row.eventId());
                ps.setString(i++, row.listenerId());
                ps.setString(i++, row.eventType());
                ps.setString(i++, row.json());
                ps.setString(i++, at);
                ps.setString(i++, at);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("cannot store " + chunk.size() + " publication(s) of " + chunk.get(0).eventType(), e);
        }
    }

    /**
     * Locks up to {@code limit} due publications of the given handlers, skipping those another dispatcher holds, and
     * leases them. In a transaction at READ COMMITTED: at REPEATABLE READ its locking read would also lock the due
     * index's gaps, where publishing transactions insert (and, before ADR 0049, where leases moved their rows).
     *
     * <p>The batch is dealt out between the handlers, in the order given, each taking its longest due first; what a
     * handler cannot take is dealt again, in a further round, between the handlers still at the table, the deal going
     * on from where it stopped (ADR 0043, 0045). Claiming the oldest publications of all first, as before, worked a
     * backlog off one step at a time: with 100,000 paid orders every one was shipped before the first was declared,
     * since each step's event is published only once the step before was handled, behind the whole backlog. A round
     * is one statement, whatever the number of handlers (ADR 0045): a read per handler cost an idle instance some
     * thirty round trips a poll.
     */
    List<Publication> claim(String dispatcher, Instant now, Instant leaseEnd, int limit, List<String> listeners) {
        Connection connection = connection();
        try {
            // By id: a later round reads past the rows a handler gave before by OFFSET, and a row another claim
            // released in between would shift them by one; it is then read twice, and kept once.
            Map<Long, Publication> claimed = new LinkedHashMap<>();
            Map<String, Integer> given = new HashMap<>();
            Deal deal = new Deal(listeners);
            while (deal.goesOn() && claimed.size() < limit) {
                Map<String, Integer> shares = deal.shares(limit - claimed.size());
                Map<String, Integer> got = new HashMap<>();
                for (Publication p : claimable(connection, shares, given, now)) {
                    claimed.put(p.id(), p);
                    got.merge(p.listenerId(), 1, Integer::sum);
                }
                got.forEach((listener, count) -> given.merge(listener, count, Integer::sum));
                deal.took(got);
            }
            List<Publication> batch = new ArrayList<>(claimed.values());
            if (!batch.isEmpty()) {
                lease(connection, batch, dispatcher, now, leaseEnd);
            }
            return batch;
        } catch (SQLException e) {
            throw new OutboxException("cannot claim publications", e);
        }
    }

    /**
     * One round's shares, in one statement: up to each handler's share of its due publications, past the ones this
     * claim already holds.
     */
    private static List<Publication> claimable(Connection connection, Map<String, Integer> shares,
                                               Map<String, Integer> given, Instant now) throws SQLException {
        List<Publication> claimable = new ArrayList<>();
        String sql = String.join(" UNION ALL ", Collections.nCopies(shares.size(), SHARE));
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            String at = utcText(now);
            int i = 1;
            for (Map.Entry<String, Integer> share : shares.entrySet()) {
                select.setString(i++, share.getKey());
                select.setString(i++, at);
                select.setString(i++, at);
                select.setInt(i++, share.getValue());
                select.setInt(i++, given.getOrDefault(share.getKey(), 0));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    claimable.add(new Publication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs.getTimestamp(5)), rs.getInt(6)));
                }
            }
        }
        return claimable;
    }

    private static void lease(Connection connection, List<Publication> claimed, String dispatcher, Instant now,
                              Instant leaseEnd) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CLAIM.formatted(marks(claimed.size())))) {
            update.setString(1, dispatcher);
            update.setString(2, utcText(now));
            update.setString(3, utcText(leaseEnd));
            int i = 4;
            for (Publication p : claimed) {
                update.setLong(i++, p.id());
            }
            update.executeUpdate();
        }
    }

    /**
     * Completes a delivered batch in one statement (one per publication was the pipeline's most frequent UPDATE).
     *
     * @return false when a claim was lost (lease expired and another dispatcher took a publication over)
     */
    boolean complete(List<Long> ids, String dispatcher, Instant now) {
        String sql = COMPLETE.formatted(marks(ids.size()));
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setString(1, utcText(now));
            ps.setString(2, dispatcher);
            int i = 3;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            return ps.executeUpdate() == ids.size();
        } catch (SQLException e) {
            throw new OutboxException("cannot complete publications " + ids, e);
        }
    }

    /** The parameter marks of an {@code IN} list of {@code count} ids. */
    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    void fail(long id, String dispatcher, boolean exhausted, Instant retryAt, String error) {
        try (PreparedStatement ps = connection().prepareStatement(FAIL)) {
            ps.setString(1, exhausted ? "FAILED" : "PUBLISHED");
            ps.setString(2, utcText(retryAt));
            ps.setString(3, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
            ps.setLong(4, id);
            ps.setString(5, dispatcher);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("cannot record failure of publication " + id, e);
        }
    }

    List<FailedPublications.FailedPublication> failed(int limit) {
        List<FailedPublications.FailedPublication> failed = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(FAILED)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    failed.add(new FailedPublications.FailedPublication(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)), rs.getInt(6), rs.getString(7)));
                }
            }
            return failed;
        } catch (SQLException e) {
            throw new OutboxException("cannot list failed publications", e);
        }
    }

    boolean resubmit(long id, Instant now) {
        try (PreparedStatement ps = connection().prepareStatement(RESUBMIT)) {
            ps.setString(1, utcText(now));
            ps.setString(2, utcText(now));
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new OutboxException("cannot resubmit publication " + id, e);
        }
    }

    private Connection connection() {
        return transactions.getConnection();
    }

    /**
     * UTC wall clock as DATETIME(6) text, formatted once for a whole insert rather than per row by the driver.
     * Every instant is bound this way, in inserts and in comparisons alike. MySQL
     * Connector/J drops the fraction of a bound Timestamp on MariaDB (it takes the server's "5.5.5-" prefix for a
     * server without fractional seconds): rows written with a fraction would then be compared with a "now" cut to
     * the second and wait up to a second before they are due.
     */
    private static String utcText(Instant instant) {
        return DATETIME_6.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
