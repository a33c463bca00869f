/**
 * The shared kernel: value types every Kuajing module speaks — money with its currency, country codes,
 * HS codes, SKUs, Chinese resident ID numbers and the masking of personal data. Plain Java, no framework;
 * kept small on purpose, because every change here touches every module.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@org.jmolecules.ddd.annotation.Module(name = "kernel", description = "Shared value types")
package io.kuajing.kernel;
