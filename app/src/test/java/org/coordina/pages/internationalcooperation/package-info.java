/** The international cooperation pages in a browser. */
package org.coordina.pages.internationalcooperation;
