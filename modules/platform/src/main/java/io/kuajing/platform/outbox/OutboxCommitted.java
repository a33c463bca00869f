package io.kuajing.platform.outbox;

/** Raised inside the publishing transaction; heard after its commit, to wake the dispatcher without polling delay. */
record OutboxCommitted() {
}
