/**
 * The browser journeys: the whole application on a random port, driven by Selenium through Debian's chromium,
 * with axe-core checking every page visited; each module's journeys in a subpackage named after it.
 */
package org.coordina.pages;
