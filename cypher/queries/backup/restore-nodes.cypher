// TEMPLATE, not runnable as it is: a batch of restored nodes that share one set of labels, MERGEd on a
// temporary key so a retried batch never writes twice. {{labels}} is replaced by GraphBackup with the
// batch's labels, each quoted as a Cypher identifier by GraphBackup.escape (backticks, inner backticks
// doubled) and nothing else; a node without labels gets :__WarmPathRestore, which it already has.
// Labels cannot be parameters; every value is one.
// $rows: [{k: temporary key, p: properties}]
UNWIND $rows AS r
MERGE (n:__WarmPathRestore {__restoreKey: r.k})
SET n += r.p, n{{labels}}
