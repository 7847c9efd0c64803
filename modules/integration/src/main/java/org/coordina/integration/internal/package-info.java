/** The feed, its store, its sequencer and its relay to Kafka; nothing here is API. */
package org.coordina.integration.internal;
