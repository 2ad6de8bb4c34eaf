// Relationships joining each pair of characters (either direction), for several pairs at once
// (the steps of a path, the tree edges of a connecting subgraph), each row tagged with its
// pair's slot. $pairs is a list of [a, b] id pairs.
UNWIND range(0, size($pairs) - 1) AS slot
MATCH (:Character {id: $pairs[slot][0]})-[r]-(:Character {id: $pairs[slot][1]})
WHERE type(r) IN $types
WITH DISTINCT slot, r
RETURN slot, r {.*, source: startNode(r).id, target: endNode(r).id, type: type(r)} AS relationship
