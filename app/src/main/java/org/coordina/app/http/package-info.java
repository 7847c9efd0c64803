/**
 * Guards every HTTP request passes before it reaches the security chain or a controller: a readable
 * query string, a bounded JSON body, text without control characters and dates within range.
 */
package org.coordina.app.http;
