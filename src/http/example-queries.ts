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
