/** The annual planning module's pages in a browser: the cycle, the plans and their review. */
package org.coordina.pages.annualplanning;
