/** The integrators' view of the whole application: the event catalogue, Kafka and two instances. */
package org.coordina.integration;
