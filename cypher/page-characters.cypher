// The id order here is the cursor order: ids are compared by the database, as they are stored.
MATCH (c:Character)
WHERE ($searchKey IS NULL OR any(k IN c.nameKeys WHERE k CONTAINS $searchKey))
  AND ($afterId IS NULL OR c.id > $afterId)
RETURN c {.id, .name, .aliases, .mentions, .confidence} AS character
ORDER BY c.id
LIMIT $limit
