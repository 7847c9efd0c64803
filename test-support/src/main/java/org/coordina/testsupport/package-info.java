/**
 * Test support every module shares: signed-in test users, the role-matrix callers, the module HTTP test
 * annotation and a reader of the event publication registry.
 */
package org.coordina.testsupport;
