// The induced subgraph of a neighbourhood: relationships whose two ends are both members.
MATCH (a:Character)-[r]->(b:Character)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN r {.*, source: a.id, target: b.id, type: type(r)} AS relationship
