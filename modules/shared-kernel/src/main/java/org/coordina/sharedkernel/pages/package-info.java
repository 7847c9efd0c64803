/**
 * What the modules' browser pages name: the page controller stereotype, their navigation entries and the
 * items they put on a user's home page; the application renders the layout, the navigation and the home page.
 */
package org.coordina.sharedkernel.pages;
