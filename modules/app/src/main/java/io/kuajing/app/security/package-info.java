/** Bearer-token security: roles, the development login, the tokens already validated (ADR 0048). */
package io.kuajing.app.security;
