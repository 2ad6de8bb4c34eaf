// Between two Character nodes there are only character relationships (MEMBER_OF, PORTRAYS and
// APPEARS_IN all have another label at one end), so the pattern needs no type list.
// DISTINCT keeps a self-relationship from being seen once per direction.
UNWIND $ids AS id
MATCH (:Character {id: id})-[r]-(:Character)
WHERE type(r) IN $types
WITH DISTINCT id, r
RETURN id, r {.*, source: startNode(r).id, target: endNode(r).id, type: type(r)} AS relationship
