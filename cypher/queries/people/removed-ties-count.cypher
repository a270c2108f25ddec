// How many ties members removed (REMOVED_TIE markers, module ties), from the count store: the import's core-API
// path looks for a removed tie between two people only when there is any (issue 13).
MATCH ()-[r:REMOVED_TIE]->()
RETURN count(r) AS removed
