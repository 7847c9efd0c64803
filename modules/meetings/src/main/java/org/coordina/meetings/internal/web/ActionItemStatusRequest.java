package org.coordina.meetings.internal.web;

import jakarta.validation.constraints.NotNull;
import org.coordina.meetings.events.ActionItemStatus;

/** The new status of an action item. */
record ActionItemStatusRequest(@NotNull ActionItemStatus status) {
}
