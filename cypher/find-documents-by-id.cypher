MATCH (d:Document)
WHERE d.id IN $ids
RETURN d {.id, .title, .source, .length, .contentHash} AS document
