// How many ties and people the graph has, from the count store: a connection import into a graph without ties needs
// no look at which people have one, and a small import into a large graph is not worth that look (people.TieImport,
// issue 13).
MATCH ()-[k:KNOWS]->()
WITH count(k) AS ties
CALL {
  MATCH (p:Person)
  RETURN count(p) AS people
}
RETURN ties, people
