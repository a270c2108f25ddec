package org.warmpath.ties;

import org.warmpath.people.EvidenceKind;
import java.time.LocalDate;

/**
 * One item of a side's evidence for a tie: what they did together and when.
 *
 * @param kind what kind of shared history
 * @param since when it began, or null when not said
 * @param until when it ended, or null while it goes on (or when not said)
 * @param note free text, at most {@value Vouches#MAX_NOTE} characters, or null
 */
public record Evidence(EvidenceKind kind, LocalDate since, LocalDate until, String note) {

}
