/** The bonded warehouse account book: its ports (stock, entry lists) and what an entry list must hold. */
package io.kuajing.customs.domain.bonded;
