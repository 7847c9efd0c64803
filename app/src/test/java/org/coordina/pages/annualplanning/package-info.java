/** Annual planning's pages in a browser and through MockMvc: the cycle, the plans and their review, the quarterly reports and national progress. */
package org.coordina.pages.annualplanning;
