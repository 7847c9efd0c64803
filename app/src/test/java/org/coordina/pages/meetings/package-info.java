/** The meetings module's pages in a browser: the calendar, a meeting's page and the organisers' forms. */
package org.coordina.pages.meetings;
