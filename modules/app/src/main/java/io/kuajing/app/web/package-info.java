/** Pages that belong to no module: signing in and out in a browser, the front door, the language switch. */
package io.kuajing.app.web;
