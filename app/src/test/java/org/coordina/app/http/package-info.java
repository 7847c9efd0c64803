/**
 * Tests of the request guards: bad query strings, bodies, text and dates.
 */
package org.coordina.app.http;
