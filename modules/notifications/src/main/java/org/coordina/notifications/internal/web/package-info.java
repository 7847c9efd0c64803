/** The notifications' HTTP API and page: one's own inbox and delivery preference. */
package org.coordina.notifications.internal.web;
