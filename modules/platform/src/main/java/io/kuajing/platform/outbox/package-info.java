/**
 * The outbox behind {@link io.kuajing.platform.Outbox} (internal): publications stored with the business change,
 * claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} so instances sharing a database never run the same
 * handler for the same event at once, dispatched after commit, retried with exponential backoff.
 */
package io.kuajing.platform.outbox;
