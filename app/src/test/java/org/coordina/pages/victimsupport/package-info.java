/** The victim support pages in a browser. */
package org.coordina.pages.victimsupport;
