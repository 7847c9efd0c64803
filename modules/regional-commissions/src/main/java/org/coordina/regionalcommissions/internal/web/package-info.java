/**
 * The REST API of the regional-commissions module: controllers, their {@code *Request} and
 * {@code *View}/{@code *Summary} records, and the MapStruct mappers between them and the domain.
 */
package org.coordina.regionalcommissions.internal.web;
