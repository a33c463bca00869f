/** Bearer-token security: roles, the development login. */
package io.kuajing.app.security;
