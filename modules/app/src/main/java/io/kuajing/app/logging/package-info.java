/** Log output: structured JSON lines for machines, masked personal data for everyone. */
package io.kuajing.app.logging;
