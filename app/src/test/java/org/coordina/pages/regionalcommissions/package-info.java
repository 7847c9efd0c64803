/** The regional commissions' pages in a browser. */
package org.coordina.pages.regionalcommissions;
