// Characters with a name or alias of several words whose last words are a name key (a surname:
// 'jones' finds 'jessica jones'), for several needles at once, each tagged with its slot. A
// needle is ' ' + the name key + '|': in nameKeyText ('|key one|key two|') it can only stand at
// the end of one key, after a space, so the key is that name's last words and never all of it.
// CONTAINS seeks the TEXT index on nameKeyText, as find-characters-by-name-key.cypher does.
UNWIND range(0, size($needles) - 1) AS slot
MATCH (c:Character)
WHERE c.nameKeyText CONTAINS $needles[slot]
RETURN slot, c {.id, .name, .aliases, .mentions, .confidence} AS character
