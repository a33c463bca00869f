/** The CBEC positive list across its editions and the eligibility of a tariff line. */
package io.kuajing.customs.domain.eligibility;
