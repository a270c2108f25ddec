// Erasure: the change feed entries that name the person ($id) keep their place in the sequence but no longer name
// them. Each becomes a 'person-removed' entry (which names nobody), so an instance that has not applied it yet
// rebuilds its projection, which is correct whatever the entry said; run in the erasure's transaction. The card
// (name, headline) and tie details an entry carries go with it.
MATCH (c:__WarmPathChange)
WHERE c.a = $id OR c.b = $id
SET c.kind = 'person-removed', c.a = null, c.b = null, c.open = null, c.strength = null, c.tiesPrivate = null,
    c.card = null, c.detail = null
RETURN count(c) AS forgotten
