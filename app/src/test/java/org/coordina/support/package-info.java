/**
 * Test support shared by the application's integration tests.
 */
package org.coordina.support;
