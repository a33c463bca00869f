/** The data source as the product sets it up, by the database it points at (internal). */
package io.kuajing.platform.datasource;
