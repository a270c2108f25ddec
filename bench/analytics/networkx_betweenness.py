"""NetworkX reference for AnalyticsBenchmark: exact betweenness, triangles and average
clustering of a SNAP graph in the ../shared/data format (line 1 'E N', E edge lines,
then N node lines). Prints one JSON line with the timings.

usage: python3 bench/analytics/networkx_betweenness.py ../shared/data/snap/ego-Facebook.txt
"""
import json
import sys
import time

import networkx as nx


def load(path):
    with open(path) as f:
        e, n = map(int, f.readline().split())
        g = nx.Graph()
        for _ in range(e):
            u, v = f.readline().split()[:2]
            g.add_edge(int(u), int(v))
        for line in f:
            if line.strip():
                g.add_node(int(line.split()[0]))
    g.remove_edges_from(nx.selfloop_edges(g))
    return g


def main():
    g = load(sys.argv[1])
    t = time.perf_counter()
    bc = nx.betweenness_centrality(g)  # normalized=True, exact
    bc_s = time.perf_counter() - t
    top = max(bc, key=bc.get)
    t = time.perf_counter()
    triangles = sum(nx.triangles(g).values()) // 3
    clustering = nx.average_clustering(g)
    cl_s = time.perf_counter() - t
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                      "betweenness_seconds": round(bc_s, 2), "top": top, "top_betweenness": bc[top],
                      "triangles": triangles, "average_clustering": clustering,
                      "clustering_seconds": round(cl_s, 2)}))


if __name__ == "__main__":
    main()
