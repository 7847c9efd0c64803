/**
 * The browser pages the application itself owns and the API description; the web conventions every
 * module shares (Problem Details, locale, strict JSON) live in the web-conventions infrastructure.
 */
package org.coordina.app.web;
