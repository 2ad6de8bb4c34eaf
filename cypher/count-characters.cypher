MATCH (c:Character)
WHERE $searchKey IS NULL OR any(k IN c.nameKeys WHERE k CONTAINS $searchKey)
RETURN count(c) AS total
