package org.warmpath.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Largest request bodies accepted, checked before authentication or parsing.
 *
 * @param maxBody every request except imports (JSON bodies), default 1 MB
 * @param maxImportBody {@code /api/import/**} (CSV files), default 512 MB
 * @param maxMyImportBody {@code /api/me/import/**} (a member's own file: LinkedIn's
 * largest export, 30,000 connections, is about 5 MB), default 16 MB
 */
@ConfigurationProperties("warmpath.web")
public record BodySizeLimitProperties(@DefaultValue("1MB") DataSize maxBody,
		@DefaultValue("512MB") DataSize maxImportBody, @DefaultValue("16MB") DataSize maxMyImportBody) {

	/** The limit for a request path. */
	public long limitFor(String path) {
		if (path != null && path.startsWith("/api/me/import/")) {
			return this.maxMyImportBody.toBytes();
		}
		return ((path != null && path.startsWith("/api/import/")) ? this.maxImportBody : this.maxBody).toBytes();
	}

}
