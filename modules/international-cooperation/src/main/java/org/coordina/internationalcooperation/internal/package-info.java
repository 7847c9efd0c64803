/** The international-cooperation module's domain, services, persistence, jobs and demo data; nothing here is API. */
package org.coordina.internationalcooperation.internal;
