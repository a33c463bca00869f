/** The bonded warehouse account book port. */
package io.kuajing.customs.domain.bonded;
