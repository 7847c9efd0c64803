package org.coordina.integration.internal.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One event in CloudEvents JSON structured mode (spec 1.0): the attributes and, as {@code data}, the event record.
 *
 * @param specversion always {@code 1.0}
 * @param id the event's id: the same event delivered twice has the same id
 * @param type {@code org.coordina.<module>.<EventName>.v<version>}
 * @param source {@code /coordina/<module>}
 * @param subject the aggregate the event is about (the Kafka key)
 * @param time when it happened
 * @param datacontenttype always {@code application/json}
 * @param data the event record
 */
record CloudEventView(String specversion, UUID id, String type, String source, String subject, Instant time,
        String datacontenttype, @JsonRawValue String data) {
}
