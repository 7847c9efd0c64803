/**
 * What the modules' REST controllers name: problem types, the expected version from {@code If-Match},
 * ETag and Created responses, and sort whitelists; the web-conventions infrastructure wires them into Spring MVC.
 */
package org.coordina.sharedkernel.web;
