/** The HTTP API of international cooperation: partners, agreements, activities, obligations (with their .ics feed), initiatives. */
package org.coordina.internationalcooperation.internal.web;
