/**
 * Problem types and optimistic-concurrency helpers shared by the modules' REST controllers.
 */
package org.coordina.sharedkernel.web;
