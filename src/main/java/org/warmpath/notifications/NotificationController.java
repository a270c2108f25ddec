package org.warmpath.notifications;

import org.warmpath.accounts.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's notifications. Only the notification's own person reads or
 * answers it: anyone else's answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/me/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	NotificationList list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "50") int limit, Authentication auth) {
		return this.notifications.list(Caller.of(auth).requirePerson(), unread, limit);
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable String id, Authentication auth) {
		this.notifications.read(Caller.of(auth).requirePerson(), id);
	}

	@PostMapping("/read-all")
	ReadAll readAll(Authentication auth) {
		return new ReadAll(this.notifications.readAll(Caller.of(auth).requirePerson()));
	}

	/**
	 * What marking everything read did.
	 *
	 * @param read how many notifications were unread and are read now
	 */
	record ReadAll(long read) {
	}

	@PostMapping("/{id}/answer")
	FollowUpOutcome answer(@PathVariable String id, @RequestBody(required = false) FollowUpAnswer answer,
			Authentication auth) {
		return this.notifications.answer(Caller.of(auth).requirePerson(), id, answer);
	}

}
