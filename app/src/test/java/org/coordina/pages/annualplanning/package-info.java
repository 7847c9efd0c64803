/** Annual planning's pages: the quarterly report form and the national progress page, in a browser and through MockMvc. */
package org.coordina.pages.annualplanning;
