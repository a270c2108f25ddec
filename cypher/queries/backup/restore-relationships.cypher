// TEMPLATE, not runnable as it is: a batch of restored relationships of one type between restored
// nodes, MERGEd on a sequence number so a retried batch never writes twice; returns how many exist, so
// an end the backup does not hold is noticed. {{type}} is replaced by GraphBackup with the batch's
// relationship type, quoted as a Cypher identifier by GraphBackup.escape (backticks, inner backticks
// doubled) and nothing else. Types cannot be parameters; every value is one.
// $rows: [{s: start key, e: end key, i: sequence number, p: properties}]
UNWIND $rows AS r
MATCH (a:__WarmPathRestore {__restoreKey: r.s})
MATCH (b:__WarmPathRestore {__restoreKey: r.e})
MERGE (a)-[x:{{type}} {__restoreSeq: r.i}]->(b)
SET x += r.p
RETURN count(x) AS n
