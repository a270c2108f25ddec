package org.warmpath.network;

import java.util.List;

/**
 * Who can introduce the asker to the target.
 *
 * @param count how many consenting mutual connections there are
 * @param mutuals the best of them ranked by the weaker of their two ties, then the
 * product; empty when the target keeps their connections private
 * @param hidden true when names are withheld because the target's connections are private
 */
public record Mutuals(int count, List<MutualConnection> mutuals, boolean hidden) {
}
