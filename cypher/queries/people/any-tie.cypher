// Whether the graph has any tie, from the count store: a connection import into a graph without ties needs no look
// at which people have one (people.TieImport, issue 13).
MATCH ()-[k:KNOWS]->()
RETURN count(k) AS ties
