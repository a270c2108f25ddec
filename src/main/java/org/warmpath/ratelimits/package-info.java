/**
 * Per-account query rate limits and the sign-in throttle that protect people and the
 * service from abuse.
 */
@ApplicationModule(displayName = "Rate limits", allowedDependencies = { "problems" })
package org.warmpath.ratelimits;

import org.springframework.modulith.ApplicationModule;
