/** The application clock (internal). */
package io.kuajing.platform.time;
