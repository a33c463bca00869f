/**
 * Deliberately not annotated {@code @Application}, unlike the production domain packages today: jMolecules'
 * hexagonal rules let a secondary port and a secondary adapter touch only unannotated types and ports, so a
 * repository port returning an aggregate, or a persistence adapter building one, breaks them when the domain
 * package is {@code @Application}. See docs/architecture/boundaries.md, "jMolecules and the domain package".
 */
package archfixture.legal.catalog.domain;
