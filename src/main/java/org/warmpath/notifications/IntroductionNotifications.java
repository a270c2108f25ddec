package org.warmpath.notifications;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.outcomes.IntroductionChanged;
import org.warmpath.people.PersonErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notifications an introduction's change makes at once: an ask waiting for the
 * introducer (a new request, or a blind one moving on to them), and the answer for the
 * requester. The event comes after the change committed; one small write follows, and a
 * failure there is logged and never undoes or fails the change (the keys make a retry
 * harmless).
 */
@Component
class IntroductionNotifications {

	private static final Logger log = LoggerFactory.getLogger(IntroductionNotifications.class);

	private final Notifications notifications;

	IntroductionNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(IntroductionChanged change) {
		try {
			this.notifications.write(drafts(change));
		}
		catch (RuntimeException ex) {
			log.warn("Notifications for introduction {} ({}) not written: {}", change.id(), change.status(),
					ex.getMessage());
		}
	}

	/**
	 * A person's erasure removes their notifications and every one that stored their
	 * name, in the erasure's thread before it answers.
	 */
	@EventListener
	void on(PersonErased erased) {
		try {
			this.notifications.erase(erased.personId());
		}
		catch (RuntimeException ex) {
			log.warn("Notifications of an erased person not removed: {}", ex.getMessage());
		}
	}

	/**
	 * What one change notifies. A blind request never names its introducer to the
	 * requester before they accepted (a decline ends the chain unnamed), nor its final
	 * target to an introducer who may only see the next person of the route.
	 */
	static List<Notifications.Draft> drafts(IntroductionChanged c) {
		String id = c.id();
		if ("REQUESTED".equals(c.status()) && c.previous() == null) {
			Map<String, String> people = c.blind() ? Map.of("requester", c.requester())
					: Map.of("requester", c.requester(), "target", c.target());
			return List.of(new Notifications.Draft("ask-waiting:" + id + ":" + c.introducer(), c.introducer(),
					"ask-waiting", id, null, null, people, Map.of()));
		}
		if ("REQUESTED".equals(c.previous()) && "ACCEPTED".equals(c.status())) {
			return List.of(new Notifications.Draft("accepted:" + id + ":" + c.introducer(), c.requester(), "accepted",
					id, null, null, Map.of("introducer", c.introducer(), "target", c.target()), Map.of()));
		}
		if ("DECLINED".equals(c.status())) {
			Map<String, String> people = c.blind() ? Map.of("target", c.target())
					: Map.of("introducer", c.introducer(), "target", c.target());
			return List.of(new Notifications.Draft("declined:" + id, c.requester(), "declined", id, null, null, people,
					Map.of()));
		}
		return List.of();
	}

}
