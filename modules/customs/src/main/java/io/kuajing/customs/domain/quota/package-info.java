/** The per-person annual CBEC allowance: entries per order and the ledger port. */
package io.kuajing.customs.domain.quota;
