package org.warmpath.notifications;

import java.util.List;

/**
 * A member's notifications, newest first, and how many are unread in all (the bell's
 * count, which may exceed the page).
 *
 * @param unread unread notifications in all
 * @param notifications the page asked for
 */
public record NotificationList(long unread, List<Notification> notifications) {
}
