/**
 * A miniature Kuajing that keeps every boundary, including the dependencies the architecture allows
 * (purchase -> catalog API, app -> every API, adapters -> kernel and platform API, a plugin bridge -> the SPI).
 * Every rule must pass on it: a rule that fails here fails on everything and proves nothing.
 */
package archfixture.legal;
