package org.warmpath.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the time-based notifications fall due, how often the job looks, and how e-mail is
 * sent.
 *
 * @param expiryWarning an unanswered request is announced to both sides this long before
 * it expires ({@code warmpath.introductions.expire-after} after it was asked)
 * @param followUpAfter the requester is asked how it went this long after an introduction
 * completed
 * @param nearPeerAfter a mentee whose mentorship has been ACTIVE this long is invited to
 * offer near-peer mentoring
 * @param catchUp how far past its due time the job still writes a time-based notification
 * (after downtime); it bounds every scan to one window
 * @param interval how often the job runs
 * @param scheduled whether the job runs on its own (tests drive it directly)
 * @param mailWithin a notification is e-mailed only within this time of its creation, so
 * an address added (or a server configured) later does not send old news
 * @param mailFrom the sender of notification e-mail
 * @param appUrl where the web app is, for the link in an e-mail (empty: no link)
 */
@ConfigurationProperties("warmpath.notifications")
record NotificationProperties(@DefaultValue("3d") Duration expiryWarning, @DefaultValue("14d") Duration followUpAfter,
		@DefaultValue("365d") Duration nearPeerAfter, @DefaultValue("60d") Duration catchUp,
		@DefaultValue("15m") Duration interval, @DefaultValue("true") boolean scheduled,
		@DefaultValue("2d") Duration mailWithin, @DefaultValue("warmpath@localhost") String mailFrom,
		@DefaultValue("") String appUrl) {

	NotificationProperties {
		for (Duration d : new Duration[] { expiryWarning, followUpAfter, nearPeerAfter, catchUp, interval,
				mailWithin }) {
			if (d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException("warmpath.notifications durations must be positive");
			}
		}
	}

}
