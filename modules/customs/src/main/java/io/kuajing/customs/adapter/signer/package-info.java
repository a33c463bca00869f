/** Signing of declared messages: the XML-DSig (RSA) adapter of the Signer port. */
@SecondaryAdapter
package io.kuajing.customs.adapter.signer;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
