/** Victim support's HTTP adapter: controllers, requests, views and the CSV/XLSX downloads. */
package org.coordina.victimsupport.internal.web;
