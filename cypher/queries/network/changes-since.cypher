// Change feed entries after the last one this instance applied, oldest first.
MATCH (c:__WarmPathChange)
WHERE c.seq > $after
RETURN c.seq AS seq, c.origin AS origin, c.kind AS kind, c.a AS a, c.b AS b, c.open AS open,
       c.strength AS strength, c.tiesPrivate AS tiesPrivate, c.card AS card, c.detail AS detail
ORDER BY seq
LIMIT $limit
