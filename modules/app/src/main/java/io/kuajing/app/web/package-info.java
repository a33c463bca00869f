/** HTTP concerns that span modules: problem+json errors for every route. */
package io.kuajing.app.web;
