MATCH (c:Character)
RETURN c {.id, .name, .aliases} AS entry
