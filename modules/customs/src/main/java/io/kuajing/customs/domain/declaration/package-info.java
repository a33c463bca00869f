/** Declarations: the matching rules, the declaration aggregate and its receipts, and the ports to the single window, the signer and the message writer. */
package io.kuajing.customs.domain.declaration;
