/**
 * Wiring for export (global selling): the answers export asks of the rest of the product through its API, given
 * from the other modules' APIs, so export depends on no other domain module.
 */
package io.kuajing.app.globalselling;
