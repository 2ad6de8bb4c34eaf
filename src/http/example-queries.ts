/** The queries the IDE page opens with, one tab each; they work on the seed graph. */
export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: "Who links Luke to Claire to Misty?",
    query: /* GraphQL */ `
      # Who links Luke to Claire to Misty? Each step shows its evidence.
      query WhoLinks {
        path(from: "Luke", via: ["Claire"], to: "Misty") {
          length
          characters {
            name
          }
          steps {
            from {
              name
            }
            to {
              name
            }
            relationship {
              type
              weight
              evidence {
                quote
                start
                end
                document {
                  title
                }
              }
            }
          }
        }
      }
    `,
  },
  {
    title: "A character by any alias",
    query: /* GraphQL */ `
      # "Daredevil", "Murdock" and "matt" all find Matt Murdock.
      query ByAlias {
        character(name: "Daredevil") {
          id
          name
          aliases
          portrayedBy {
            name
            roles
          }
          relationships(first: 5) {
            type
            weight
            source {
              name
            }
            target {
              name
            }
          }
        }
      }
    `,
  },
  {
    title: "Characters, a page at a time",
    query: /* GraphQL */ `
      # Pass pageInfo.endCursor as "after" to get the next page.
      query Characters {
        characters(first: 10) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              name
              mentions
            }
          }
        }
      }
    `,
  },
  {
    title: "A character's circle",
    query: /* GraphQL */ `
      # Everyone within two hops of Jessica, and how they relate.
      query Circle {
        neighbourhood(of: "Jessica", depth: 2) {
          centre {
            name
          }
          members {
            distance
            character {
              name
            }
          }
          relationships {
            type
            weight
            source {
              id
            }
            target {
              id
            }
          }
        }
      }
    `,
  },
  {
    title: "Who links three characters?",
    query: /* GraphQL */ `
      # The smallest connecting subgraph found, and the linkers in it who were not named.
      query Linkers {
        links(between: ["Luke", "Matt", "Danny"]) {
          linkers {
            name
          }
          characters {
            name
          }
          relationships {
            type
            source {
              name
            }
            target {
              name
            }
            evidence {
              quote
            }
          }
        }
      }
    `,
  },
  {
    title: "The k shortest paths",
    query: /* GraphQL */ `
      # Ranked: shortest first, equally long ones by id sequence.
      query Paths {
        paths(from: "Matt", to: "Jessica", k: 3) {
          length
          characters {
            name
          }
        }
      }
    `,
  },
  {
    title: "One episode only",
    query: /* GraphQL */ `
      # Filters: types, minWeight and documents (weights are recounted from those documents).
      query OneEpisode {
        documents {
          id
          title
        }
        character(name: "Luke") {
          relationships(documents: ["004-d6918a921d0480bf"], minWeight: 2) {
            type
            weight
            target {
              name
            }
          }
        }
      }
    `,
  },
  {
    title: "Rankings and communities",
    query: /* GraphQL */ `
      # Centrality and Louvain communities (seeded, so they repeat), computed in the background
      # after each change to the graph: computedFor says on which snapshot, and whether
      # betweenness is still an estimate.
      query Centrality {
        ranking(metric: PAGERANK, first: 5) {
          rank
          value
          character {
            name
            metrics {
              degree
              betweenness
            }
          }
        }
        communities(seed: 42) {
          modularity
          computedFor {
            snapshotVersion
            approximate
          }
          communities {
            size
            members {
              name
            }
          }
        }
        stats {
          characters
          people
          organizations
          documents
          relationships
        }
      }
    `,
  },
  {
    title: "Add a document",
    query: /* GraphQL */ `
      # Needs the header {"Authorization": "Bearer <INGEST_API_KEY>"} (Headers tab below).
      mutation Ingest {
        ingestDocument(title: "My recap", text: "Luke Cage meets Misty Knight in Harlem.") {
          alreadyPresent
          charactersAdded {
            name
          }
          charactersUpdated {
            name
            mentions
          }
          relationshipsAdded
          relationshipsUpdated
        }
      }
    `,
  },
  {
    title: "A helpful error",
    query: /* GraphQL */ `
      # Unknown names come back as NOT_FOUND with suggestions.
      query Misspelt {
        character(name: "Mistie Night") {
          name
        }
      }
    `,
  },
];

/** The query as a person should see it: Prettier indents embedded GraphQL to the code around it. */
export function displayedQuery(query: string): string {
  const lines = query.replace(/^\n+|\s+$/g, "").split("\n");
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)![0].length),
  );
  return lines.map((line) => line.slice(indent)).join("\n") + "\n";
}
