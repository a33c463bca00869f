/**
 * The single-window adapters: file exchange with the single-window client (outbox and inbox folders) and a sandbox
 * that plays customs. Receipts are untrusted XML, read only through {@link io.kuajing.customs.adapter.singlewindow.ReceiptXml}.
 */
@SecondaryAdapter
package io.kuajing.customs.adapter.singlewindow;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
