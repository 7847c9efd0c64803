package org.coordina.notifications.internal;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;

/**
 * Sends mails through Spring Mail when {@code spring.mail.host} is set (Spring Boot then provides the sender);
 * otherwise sends nothing and logs what it would send at DEBUG.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;

    private final NotificationsProperties properties;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationsProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Sends the mail; a failure is a {@link org.springframework.mail.MailException}. */
    void send(Mail mail) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.debug("Mail is off (no spring.mail.host): would send \"{}\" to {} with {} calendars", mail.subject(),
                    mail.to(), mail.calendars().size());
            return;
        }
        var message = mailSender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            int number = 0;
            for (var calendar : mail.calendars()) {
                number++;
                helper.addAttachment(mail.calendars().size() == 1 ? "meeting.ics" : "meeting-" + number + ".ics",
                        new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8");
            }
        } catch (MessagingException e) {
            throw new MailSendException("Cannot compose the mail to " + mail.to(), e);
        }
        mailSender.send(message);
    }
}
