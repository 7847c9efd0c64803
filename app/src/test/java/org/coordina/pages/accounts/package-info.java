/** The accounts module's pages in a browser: the national administration's users pages. */
package org.coordina.pages.accounts;
