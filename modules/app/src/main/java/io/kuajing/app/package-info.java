/**
 * The app: Kuajing's one runnable JAR. It starts Micronaut, loads plugin JARs from the plugin folder, secures
 * every route with bearer tokens, and serves health and the OpenAPI document. It wires modules together but
 * owns no business rule.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@org.jmolecules.ddd.annotation.Module(id = "app", name = "App", description = "The bootable JAR")
package io.kuajing.app;
