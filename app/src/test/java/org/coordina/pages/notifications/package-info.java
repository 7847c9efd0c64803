/** The notifications module's page in a browser: one's inbox and the unread count in the header. */
package org.coordina.pages.notifications;
