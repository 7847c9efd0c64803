/**
 * Meetings: national meetings, expert working meetings and commission sessions with their agenda,
 * participants and attendance, conclusions, decisions, action items and minutes.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = { "sharedkernel", "regionalcommissions :: events" })
package org.coordina.meetings;

import org.springframework.modulith.ApplicationModule;
