MATCH (c:Character)
WHERE c.id IN $ids
RETURN c {.id, .name, .aliases, .mentions, .confidence} AS character
