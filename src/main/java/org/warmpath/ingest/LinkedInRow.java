package org.warmpath.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection from a LinkedIn Connections.csv export, keyed on the profile URL.
 *
 * @param id {@code li:} and the profile slug
 * @param linkedinUrl the normalised profile URL
 * @param name display name (the slug when the export left the name blank)
 * @param headline "Position at Company", or whichever of the two is known
 * @param company employer name, or {@code null}
 * @param since the "Connected On" date, or {@code null}
 */
record LinkedInRow(String id, String linkedinUrl, String name, String headline, String company, LocalDate since) {

	String organisationId() {
		return (this.company != null) ? Text.slug(this.company) : null;
	}

	Map<String, Object> parameters() {
		Map<String, Object> row = new HashMap<>();
		row.put("id", this.id);
		row.put("linkedinUrl", this.linkedinUrl);
		row.put("name", this.name);
		row.put("headline", this.headline);
		row.put("organisation", this.company);
		String organisationId = organisationId();
		row.put("organisationId", (organisationId == null || organisationId.isEmpty()) ? null : organisationId);
		row.put("since", this.since);
		return row;
	}

}
