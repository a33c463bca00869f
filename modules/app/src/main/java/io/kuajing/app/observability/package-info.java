/**
 * What operators watch (internal): Prometheus metrics (JVM, HTTP, pool, and the business figures read from the
 * modules' tables), health for probes and people, and the order in which the app stops. See docs/operations.md.
 */
package io.kuajing.app.observability;
