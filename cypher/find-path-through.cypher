// Template, as find-shortest-paths.cypher: $CHARACTER_TYPES and $MAX_HOPS are filled by the
// registry; $stops (ids, no two consecutive alike), $types and $wideCharacters are parameters.
// A whole path through waypoints in one round trip: each leg's shortest paths (the same
// bidirectional search as find-shortest-paths, per leg), the smallest id sequence per leg, the
// walk they make, its characters, and every relationship joining each step.
CALL () {
  UNWIND range(0, size($stops) - 2) AS leg
  CALL (leg) {
    MATCH (a:Character {id: $stops[leg]}), (b:Character {id: $stops[leg + 1]})
    MATCH p = allShortestPaths((a)-[:$CHARACTER_TYPES*..$MAX_HOPS]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) IN $types)
    WITH DISTINCT [n IN nodes(p) | n.id] AS ids
    ORDER BY ids
    RETURN collect(ids) AS candidates
  }
  WITH leg, candidates
  WHERE size(candidates) > 0
  ORDER BY leg
  // Stored strings compare by code point, JavaScript's by UTF-16 unit: the two orders differ
  // only between characters above U+FFFF and those from U+E000. A leg whose ids hold any such
  // character sends all its candidates, for the adapter to choose as the port orders them.
  RETURN collect({
    ids: candidates[0],
    ties: CASE
      WHEN any(ids IN candidates WHERE any(id IN ids WHERE id =~ $wideCharacters)) THEN candidates
      ELSE []
    END
  }) AS legs
}
WITH legs
WHERE size(legs) = size($stops) - 1
WITH legs, reduce(walk = [$stops[0]], leg IN legs | walk + leg.ids[1..]) AS walk
CALL (walk) {
  UNWIND range(0, size(walk) - 1) AS position
  MATCH (c:Character {id: walk[position]})
  WITH position, c
  ORDER BY position
  RETURN collect(c {.id, .name, .aliases, .mentions, .confidence}) AS characters
}
CALL (walk) {
  UNWIND range(0, size(walk) - 2) AS step
  // Both ends sought by id first: written as one pattern, the planner scanned every character.
  MATCH (a:Character {id: walk[step]}), (b:Character {id: walk[step + 1]})
  MATCH (a)-[r]-(b)
  WHERE type(r) IN $types
  RETURN collect({
    step: step,
    relationship: r {.*, source: startNode(r).id, target: endNode(r).id, type: type(r)}
  }) AS joining
}
RETURN walk, legs, characters, joining
