/**
 * Plugin loading: every JAR or folder in the plugin folder gets its own child-first class loader, ServiceLoader
 * finds its implementations, and each is validated, started and reported. A broken plugin is isolated, never fatal.
 */
package io.kuajing.app.plugins;
