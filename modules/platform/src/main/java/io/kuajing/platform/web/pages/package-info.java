/**
 * What every module's pages share (ADR 0022): the page frame ({@link io.kuajing.platform.web.pages.PageShell}) around
 * each module's server-rendered templates, the form tokens that protect cookie-signed-in forms against cross-site
 * requests, and the message bundles' look-up. Modules render their own pages in their web adapters; this package
 * knows no module.
 */
package io.kuajing.platform.web.pages;
