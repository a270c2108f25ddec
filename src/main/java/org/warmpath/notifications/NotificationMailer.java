package org.warmpath.notifications;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Writes;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mails notifications to their person's account address, each at most once: a batch is
 * claimed ({@code emailedAt} set) in one transaction that locks and checks each
 * notification again, and the messages go out after that commits. A restart, a second run
 * or a second instance finds them claimed and sends nothing; a message the SMTP server
 * refuses after the claim is logged, not retried (never twice rather than at least once).
 */
class NotificationMailer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	/** Most notifications one claim takes. */
	static final int BATCH = 100;

	private final Driver driver;

	private final Writes writes;

	private final JavaMailSender sender;

	private final NotificationProperties properties;

	private final Notifications notifications;

	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "notification-mail");
		t.setDaemon(true);
		return t;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	NotificationMailer(Driver driver, Writes writes, JavaMailSender sender, NotificationProperties properties,
			Notifications notifications) {
		this.driver = driver;
		this.writes = writes;
		this.sender = sender;
		this.properties = properties;
		this.notifications = notifications;
	}

	/**
	 * Sends what is due soon, off the caller's thread (a request that made a notification
	 * does not wait for the SMTP server); nudges while one run is queued coalesce.
	 */
	void sendSoon() {
		if (this.queued.compareAndSet(false, true)) {
			try {
				this.background.execute(() -> {
					this.queued.set(false);
					try {
						sendDue();
					}
					catch (RuntimeException ex) {
						log.warn("Notification e-mail failed; retrying at the next run: {}", ex.getMessage());
					}
				});
			}
			catch (RejectedExecutionException ex) {
				this.queued.set(false);
			}
		}
	}

	/**
	 * Claims and sends every notification due for e-mail, in batches.
	 * @return how many messages went out
	 */
	int sendDue() {
		int sent = 0;
		while (true) {
			List<MapAccessor> claimed = claim();
			for (MapAccessor r : claimed) {
				if (send(r)) {
					sent++;
				}
			}
			if (claimed.size() < BATCH) {
				return sent;
			}
		}
	}

	private List<MapAccessor> claim() {
		Map<String, Object> params = new HashMap<>();
		params.put("since", ZonedDateTime.now(java.time.ZoneOffset.UTC).minus(this.properties.mailWithin()));
		params.put("ids", null);
		params.put("limit", BATCH);
		return this.writes
			.execute(tx -> new ArrayList<MapAccessor>(tx.run(Cypher.query("notifications/mail-claim"), params)));
	}

	private boolean send(MapAccessor r) {
		String kind = r.get("kind").asString();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(r.get("email").asString());
		message.setSubject("WarmPath: " + Notifications.subject(kind));
		String text = Notifications.text(kind, this.notifications.data(r.get("data").asString(null)));
		String app = this.properties.appUrl();
		message.setText(text + "\n\n" + (app.isBlank() ? "Open WarmPath to answer." : "Open WarmPath: " + app)
				+ "\n\nYou receive this because your WarmPath account has this e-mail address;"
				+ " remove it there (PUT /api/me/email) to stop these messages.\n");
		try {
			this.sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Notification {} not e-mailed (it is not sent again): {}", r.get("id").asString(),
					ex.getMessage());
			return false;
		}
	}

	@Override
	public void close() {
		this.background.shutdownNow();
	}

}
