#!/usr/bin/python3
"""Warmest point-to-point paths in NetworkX, for the ratio in docs/benchmarks.md.

Usage: networkx_paths.py EDGES OPEN PAIRS OUT

  EDGES  one undirected tie per line: "u v cost" (person indices, cost = -ln(strength))
  OPEN   one person index per line: the people open to introductions
  PAIRS  one query per line: "source target"
  OUT    written here, one line per pair: "source target cost hops search_ms query_ms"
         (cost -1 and hops -1 when there is no path)

The graph every query runs on is the subgraph induced by the open people plus the query's
two endpoints (the consent rule: only open people stand in the middle of a path). It is
built once from the open people; per query the endpoints that are not open are added back
with their ties to open people (and to each other), then removed again.

What is timed:
  search_ms  only the nx.bidirectional_dijkstra(H, s, t, weight="weight") call
  query_ms   the call plus adding and removing the closed endpoints (the whole query)
NetworkX has no hop cap: it answers the uncapped warmest path.
"""
import sys
import time

try:
    import networkx as nx
except ImportError:  # the Java side checks for this message
    print("NETWORKX-MISSING: install the Debian package python3-networkx", file=sys.stderr)
    sys.exit(3)


def main(edges_file, open_file, pairs_file, out_file):
    t0 = time.perf_counter()
    is_open = set()
    with open(open_file) as f:
        for line in f:
            line = line.strip()
            if line:
                is_open.add(int(line))
    adj = {}
    H = nx.Graph()
    H.add_nodes_from(is_open)
    with open(edges_file) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3:
                continue
            u, v, c = int(parts[0]), int(parts[1]), float(parts[2])
            adj.setdefault(u, []).append((v, c))
            adj.setdefault(v, []).append((u, c))
            if u in is_open and v in is_open:
                H.add_edge(u, v, weight=c)
    pairs = []
    with open(pairs_file) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                pairs.append((int(parts[0]), int(parts[1])))
    load_s = time.perf_counter() - t0
    print("networkx %s: %d nodes, %d edges in the open subgraph, loaded in %.1f s"
          % (nx.__version__, H.number_of_nodes(), H.number_of_edges(), load_s), file=sys.stderr)

    out = []
    for s, t in pairs:
        q0 = time.perf_counter()
        added = [x for x in (s, t) if x not in is_open]
        for x in added:
            H.add_node(x)
            for (y, c) in adj.get(x, ()):
                if y in is_open or y == s or y == t:
                    H.add_edge(x, y, weight=c)
        s0 = time.perf_counter()
        try:
            cost, path = nx.bidirectional_dijkstra(H, s, t, weight="weight")
            hops = len(path) - 1
        except nx.NetworkXNoPath:
            cost, hops = -1.0, -1
        except nx.NodeNotFound:
            cost, hops = -1.0, -1
        s1 = time.perf_counter()
        for x in added:
            H.remove_node(x)
        q1 = time.perf_counter()
        out.append("%d %d %.12g %d %.6f %.6f" % (s, t, cost, hops, (s1 - s0) * 1e3, (q1 - q0) * 1e3))
    with open(out_file, "w") as f:
        f.write("\n".join(out))
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
