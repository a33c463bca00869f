/** Per-module Flyway migrations, run before the data source is first used (internal). */
package io.kuajing.platform.migration;
