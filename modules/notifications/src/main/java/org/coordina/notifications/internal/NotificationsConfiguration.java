package org.coordina.notifications.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the notifications' settings. */
@Configuration
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {
}
