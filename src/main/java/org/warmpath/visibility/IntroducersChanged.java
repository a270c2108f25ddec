package org.warmpath.visibility;

/**
 * Published after an introduction changed state: who counts as the requester's contact
 * (someone who accepted to introduce them) may have changed, so the rule forgets what it
 * remembered of them.
 *
 * @param requester whose introduction changed, or {@code null} for anyone's
 */
public record IntroducersChanged(String requester) {
}
