// Creates or updates a batch of KNOWS ties, one stored relationship per pair whatever the direction:
// rows come with a < b (canonical id order), so a new tie is stored (a)->(b). An identical tie is not
// rewritten. source and createdAt are set on create only (where the tie first came from).
// A rewritten tie loses the explanation its people's ratings gave it (module ties): its strength is no longer theirs.
// A tie one of its people removed (a REMOVED_TIE marker, module ties) is kept removed: an import does not bring it
// back and counts it in keptRemoved; only an admin's own edit of that one tie ($source 'api') recreates it.
// With $inFull, ties lists every tie of the batch as the statement left it (what people/ties-state reads), for the
// projection and the change feed: a tie write no longer reads it back in a second statement (issue 13).
// $source: where the ties come from (import, demo, api); $inFull: whether to return ties;
// $rows: [{a, b, strength, context, since (date)}]
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
CALL (a, b) {
  OPTIONAL MATCH (a)-[old:KNOWS]-(b)
  RETURN old
  LIMIT 1
}
WITH a, b, row, old, old IS NULL AS created,
     old IS NULL AND $source <> 'api' AND EXISTS { (a)-[:REMOVED_TIE]-(b) } AS kept,
     coalesce(old.strength = row.strength
       AND coalesce(old.context, '') = coalesce(row.context, '')
       AND coalesce(toString(old.since), '') = coalesce(toString(row.since), ''), false) AS same
// a new tie: MERGE (it locks both people and looks again, so a tie another transaction made in between is
// updated, not doubled); a changed one is updated where the lookup found it; an identical one is not touched
OPTIONAL CALL (a, b, row, old, kept) {
  WITH a, b, row WHERE old IS NULL AND NOT kept
  MERGE (a)-[k:KNOWS]-(b)
    ON CREATE SET k.createdAt = datetime(), k.source = $source
  SET k.strength = row.strength, k.context = row.context, k.since = row.since, k.explanation = null
  RETURN k AS made
}
CALL (old, row, same) {
  WITH old, row WHERE old IS NOT NULL AND NOT same
  SET old.strength = row.strength, old.context = row.context, old.since = row.since, old.explanation = null
}
WITH row, created, kept, same, coalesce(made, old) AS k
RETURN count(CASE WHEN created AND NOT kept THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged,
       count(CASE WHEN kept THEN 1 END) AS keptRemoved,
       collect(CASE WHEN $inFull AND k IS NOT NULL THEN {a: row.a, b: row.b, strength: coalesce(k.strength, 0.5),
         context: k.context, since: toString(k.since), source: k.source, explanation: k.explanation} END) AS ties
