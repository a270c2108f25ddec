package org.warmpath.network;

import java.util.List;

/**
 * Who can introduce the asker to the target.
 *
 * @param count how many consenting mutual connections there are
 * @param mutuals the best of them ranked by the chance the introduction comes off
 * (strength to the asker x strength to the target x responsiveness), those at their quota
 * last; only those whose two ties the asker may see; empty when the target keeps their
 * connections private
 * @param hidden true when some are withheld because someone keeps their connections
 * private
 */
public record Mutuals(int count, List<MutualConnection> mutuals, boolean hidden) {
}
