/**
 * Problem Details for every error, locale resolution, and the browser pages the application itself owns.
 */
package org.coordina.app.web;
