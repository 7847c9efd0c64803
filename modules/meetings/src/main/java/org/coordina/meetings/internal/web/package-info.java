/**
 * The HTTP API of the meetings module: meetings with their agenda, participants, outcomes, minutes and history.
 */
package org.coordina.meetings.internal.web;
