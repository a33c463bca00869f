/**
 * The platform: what every Kuajing module needs at run time but no module owns. Its API is this package:
 * {@link io.kuajing.platform.Outbox} to publish domain events in the business transaction,
 * {@link io.kuajing.platform.EventHandler} to react to another module's events after commit,
 * {@link io.kuajing.platform.ModuleSchema} to declare a module's own Flyway migrations, and
 * {@link io.kuajing.platform.Extensions} to reach the plugins the app loaded, and {@link io.kuajing.platform.Transactions}
 * for write transactions retried when MySQL gives up on a lock (deadlock, lock wait timeout), and
 * {@link io.kuajing.platform.UtcTime} for the UTC wall-clock times persistence rows carry. Sub-packages are internal.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@org.jmolecules.ddd.annotation.Module(name = "platform", description = "Outbox, migrations, clock")
package io.kuajing.platform;
