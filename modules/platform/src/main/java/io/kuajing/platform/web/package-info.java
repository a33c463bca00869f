/**
 * HTTP errors the same way for every module (internal): application/problem+json (RFC 9457), and a
 * {@link io.kuajing.kernel.RuleViolation} as 422 naming the field and the rule. Lives in the platform so each
 * module's own HTTP tests see the same answers as the app.
 */
package io.kuajing.platform.web;
