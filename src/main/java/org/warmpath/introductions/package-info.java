/**
 * Introduction requests from a mentee through an introducer to a target, their states,
 * quotas and expiry.
 */
@ApplicationModule(displayName = "Introductions")
package org.warmpath.introductions;

import org.springframework.modulith.ApplicationModule;
