/*
 * The explorer's questions: GraphQL for names, paths, communities and documents (so names
 * resolve from any alias with the API's own did-you-mean), /export/graph.json for the graph
 * itself with its PageRank (the same file the download button gives).
 */
(function () {
  "use strict";
  var settings = JSON.parse(document.getElementById("explore-settings").textContent);

  /** A GraphQL error the page explains: its code, and the names it suggests or could mean. */
  function Problem(error) {
    var extensions = error.extensions || {};
    this.message = error.message;
    this.code = extensions.code || "INTERNAL_SERVER_ERROR";
    this.suggestions = extensions.suggestions || [];
    this.candidates = extensions.candidates || [];
  }

  function graphql(query, variables) {
    return window
      .fetch(settings.graphqlPath, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: query, variables: variables }),
      })
      .then((response) => response.json())
      .then(function (body) {
        if (body.errors && body.errors.length > 0) throw new Problem(body.errors[0]);
        return body.data;
      });
  }

  /** The filters as GraphQL variables: unset ones are left out (the API's defaults apply). */
  function filterVariables(filters) {
    var variables = {};
    if (filters.types) variables.types = filters.types;
    if (filters.minWeight) variables.minWeight = filters.minWeight;
    if (filters.documents) variables.documents = filters.documents;
    return variables;
  }

  /** The filters as the export routes' query string, "" when there are none. */
  function exportQuery(filters) {
    var params = new window.URLSearchParams();
    if (filters.types) params.set("types", filters.types.join(","));
    if (filters.minWeight) params.set("minWeight", String(filters.minWeight));
    if (filters.documents) params.set("documents", filters.documents.join(","));
    var text = params.toString();
    return text ? "?" + text : "";
  }

  var FILTER_ARGS = "$types: [RelationshipType!], $minWeight: Float, $documents: [ID!]";
  var FILTERS = "types: $types, minWeight: $minWeight, documents: $documents";

  function loadGraph(filters) {
    var graph = window.fetch("/export/graph.json" + exportQuery(filters)).then(function (r) {
      if (!r.ok) throw new Error("the graph could not be read (" + r.status + ")");
      return r.json();
    });
    var communities = graphql(
      /* GraphQL */ `query Communities(${FILTER_ARGS}) {
        communities(seed: 42, ${FILTERS}) { communities { index members { id } } }
      }`,
      filterVariables(filters),
    );
    return Promise.all([graph, communities]).then(function (answers) {
      var community = new Map();
      answers[1].communities.communities.forEach(function (c) {
        c.members.forEach((m) => community.set(m.id, c.index));
      });
      return { nodes: answers[0].nodes, links: answers[0].links, community: community };
    });
  }

  function loadDocuments() {
    return graphql(
      /* GraphQL */ `
        {
          documents {
            id
            title
          }
        }
      `,
      {},
    ).then((d) => d.documents);
  }

  function findCharacter(name) {
    return graphql(
      /* GraphQL */ `
        query Find($name: String!) {
          character(name: $name) {
            id
            name
            aliases
          }
        }
      `,
      { name: name },
    ).then((d) => d.character);
  }

  function findPath(from, via, to, filters) {
    var variables = Object.assign({ from: from, via: via, to: to }, filterVariables(filters));
    return graphql(
      /* GraphQL */ `query Path($from: String!, $via: [String!], $to: String!, ${FILTER_ARGS}) {
        path(from: $from, via: $via, to: $to, ${FILTERS}) {
          characters { id name }
          steps {
            from { id name }
            to { id name }
            relationship { type role weight evidence { quote document { title } } }
          }
        }
      }`,
      variables,
    ).then((d) => d.path);
  }

  window.ensembleExplore = {
    settings: settings,
    exportQuery: exportQuery,
    loadGraph: loadGraph,
    loadDocuments: loadDocuments,
    findCharacter: findCharacter,
    findPath: findPath,
  };
})();
