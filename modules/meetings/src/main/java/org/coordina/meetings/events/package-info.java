/**
 * What the meetings module tells the others: meetings scheduled, rescheduled, cancelled, held and
 * closed with their minutes, decisions recorded and action items agreed and followed up. Ids, versions,
 * the parties involved and the values a consumer needs (annual planning turns agreed action items into
 * backlog proposals).
 */
@NamedInterface("events")
package org.coordina.meetings.events;

import org.springframework.modulith.NamedInterface;
