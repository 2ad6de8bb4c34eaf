// Template. $CHARACTER_TYPES and $MAX_HOPS are not query parameters: the registry replaces them
// with the character-to-character types of the closed vocabulary and a whole number of hops
// (Cypher takes neither from a parameter). $types, $from and $to are ordinary parameters.
// The type test is per relationship, so the planner keeps the bidirectional breadth-first
// search (see neo4j-paths.ts for the PROFILE check); returning every shortest id sequence lets
// the adapter pick the smallest one in JavaScript order.
MATCH (a:Character {id: $from}), (b:Character {id: $to})
MATCH p = allShortestPaths((a)-[:$CHARACTER_TYPES*..$MAX_HOPS]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
