/** The feed, its store and the Kafka externalization; nothing here is API. */
package org.coordina.integration.internal;
