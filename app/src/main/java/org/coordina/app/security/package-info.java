/**
 * The security filter chains (API, actuator, browser pages), bearer tokens and the JWT resource server.
 */
package org.coordina.app.security;
