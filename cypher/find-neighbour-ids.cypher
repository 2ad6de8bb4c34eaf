// One layer of a multi-source search (links): for each frontier character, the other characters
// it shares a relationship with, by id only. DISTINCT first: pairs joined by several
// relationships (typed and co-occurrence) are one neighbour, and ids are all the search reads.
// The hint: for a frontier of a few ids the planner would otherwise scan the whole id index.
UNWIND $ids AS id
MATCH (c:Character {id: id})-[r]-(n:Character)
USING INDEX c:Character(id)
WHERE type(r) IN $types AND n <> c
WITH DISTINCT id, n.id AS neighbour
RETURN id, collect(neighbour) AS neighbours
