package org.warmpath.notifications;

import org.neo4j.driver.Driver;
import org.warmpath.cypher.Writes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.StringUtils;

/**
 * Every {@code interval}: writes the notifications that fell due with time, then e-mails
 * what is unsent. E-mail is on only when an SMTP host is configured
 * ({@code spring.mail.host}, {@code WARMPATH_SMTP_HOST}); then each new notification also
 * nudges the mailer at once. Both steps are idempotent (unique keys, claimed e-mail), so
 * several instances running them at once do no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationJob implements SchedulingConfigurer, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NotificationJob.class);

	private final Notifications notifications;

	private final NotificationProperties properties;

	private final NotificationMailer mailer;

	NotificationJob(Notifications notifications, NotificationProperties properties, Driver driver, Writes writes,
			ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String smtpHost) {
		this.notifications = notifications;
		this.properties = properties;
		JavaMailSender mail = StringUtils.hasText(smtpHost) ? sender.getIfAvailable() : null;
		this.mailer = (mail == null) ? null : new NotificationMailer(driver, writes, mail, properties, notifications);
		if (this.mailer != null) {
			notifications.afterWrite(this.mailer::sendSoon);
			log.info("Notification e-mail is on (SMTP host {})", smtpHost);
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.properties.scheduled()) {
			return;
		}
		registrar.addFixedDelayTask(this::run, this.properties.interval());
	}

	/** One run: what fell due, then the e-mail. */
	void run() {
		try {
			this.notifications.generateDue(Notifications.now());
		}
		catch (RuntimeException ex) {
			log.warn("Notification job failed; retrying at the next interval: {}", ex.getMessage());
		}
		if (this.mailer != null) {
			try {
				this.mailer.sendDue();
			}
			catch (RuntimeException ex) {
				log.warn("Notification e-mail failed; retrying at the next interval: {}", ex.getMessage());
			}
		}
	}

	@Override
	public void destroy() {
		if (this.mailer != null) {
			this.mailer.close();
		}
	}

}
