MATCH (d:Document)
WHERE d.contentHash = $hash
RETURN d {.id, .title, .source, .length, .contentHash} AS document
ORDER BY d.id
