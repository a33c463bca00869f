/** Operator endpoints for the machinery every module shares: events whose handlers gave up. */
package io.kuajing.app.operations;
