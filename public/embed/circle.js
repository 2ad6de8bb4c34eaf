/*
 * The character-circle widget: draws the page's embedded graph with cytoscape (served from
 * /embed/vendor) and shows a relationship's evidence when its line is hovered or tapped, or its
 * entry in the page's relationship list gets keyboard focus.
 */
(function () {
  "use strict";
  var view = JSON.parse(document.getElementById("circle-data").textContent);
  var drawing = document.getElementById("circle-drawing");
  var panel = document.getElementById("evidence");
  var names = new Map(
    view.characters.map(function (c) {
      return [c.id, c.name];
    }),
  );
  var relationships = new Map(
    view.relationships.map(function (r) {
      return [r.id, r];
    }),
  );
  var heaviest = Math.max.apply(
    null,
    [1].concat(
      view.relationships.map(function (r) {
        return r.weight;
      }),
    ),
  );

  var cy = window.cytoscape({
    container: drawing,
    elements: elements(),
    style: styles(),
    layout: {
      name: "concentric",
      concentric: function (node) {
        return 10 - node.data("distance");
      },
      levelWidth: function () {
        return 1;
      },
      padding: 24,
      minNodeSpacing: 18,
      animate: false,
    },
    // Wheel zoom inside an iframe would trap the wiki page's scrolling.
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });

  function elements() {
    var nodes = view.characters.map(function (c) {
      return { data: { id: "c:" + c.id, name: c.name, distance: c.distance } };
    });
    var edges = view.relationships.map(function (r) {
      return {
        data: {
          id: r.id,
          source: "c:" + r.source,
          target: "c:" + r.target,
          colour: r.colour,
          weight: r.weight,
          width: 1.5 + (5.5 * (r.weight - 1)) / Math.max(1, heaviest - 1),
          // Weights are written only on the centre's own lines: elsewhere they would crowd the
          // drawing; every line's weight is in the evidence panel and the relationship list.
          label: r.source === view.centre.id || r.target === view.centre.id ? String(r.weight) : "",
        },
      };
    });
    return nodes.concat(edges);
  }

  function styles() {
    return [
      {
        selector: "node",
        style: {
          label: "data(name)",
          "font-size": 10,
          color: "#111827",
          "text-valign": "bottom",
          "text-margin-y": 2,
          "text-wrap": "wrap",
          "text-max-width": 80,
          "text-background-color": "#fafafa",
          "text-background-opacity": 0.85,
          "background-color": "#6b7280",
          width: 12,
          height: 12,
        },
      },
      {
        selector: "node[distance > 1]",
        style: { "font-size": 8, color: "#4b5563", width: 9, height: 9 },
      },
      {
        selector: "node[distance = 0]",
        style: { "background-color": "#111827", width: 20, height: 20, "font-weight": "bold" },
      },
      {
        selector: "edge",
        style: {
          "line-color": "data(colour)",
          width: "data(width)",
          "curve-style": "bezier",
          opacity: 0.85,
          label: "data(label)",
          "font-size": 8,
          color: "#374151",
          "text-background-color": "#fff",
          "text-background-opacity": 0.8,
          "text-background-padding": 1,
          "min-zoomed-font-size": 7,
        },
      },
      {
        selector: "edge.shown",
        style: { opacity: 1, "overlay-color": "#f59e0b", "overlay-opacity": 0.35, "z-index": 9 },
      },
    ];
  }

  function show(id) {
    var relationship = relationships.get(id);
    if (!relationship) return;
    cy.edges().removeClass("shown");
    cy.getElementById(id).addClass("shown");
    panel.replaceChildren(describe(relationship));
    panel.style.setProperty("--colour", relationship.colour);
    panel.dataset.relationship = id;
  }

  function describe(r) {
    var fragment = document.createDocumentFragment();
    var heading = document.createElement("h2");
    heading.textContent = names.get(r.source) + " and " + names.get(r.target);
    var meta = document.createElement("p");
    meta.className = "meta";
    var sentences = r.weight === 1 ? "1 sentence" : r.weight + " sentences";
    meta.textContent =
      (r.role ? r.type + " (" + r.role + ")" : r.type) +
      " · weight " +
      r.weight +
      " (" +
      sentences +
      ")";
    fragment.append(heading, meta);
    r.evidence.forEach(function (e) {
      var figure = document.createElement("figure");
      figure.className = "quote";
      var quote = document.createElement("blockquote");
      quote.textContent = e.quote;
      var caption = document.createElement("figcaption");
      caption.textContent = e.document;
      figure.append(quote, caption);
      fragment.append(figure);
    });
    return fragment;
  }

  cy.on("mouseover tap", "edge", function (event) {
    show(event.target.id());
  });
  cy.on("mouseover", "edge", function () {
    drawing.style.cursor = "pointer";
  });
  cy.on("mouseout", "edge", function () {
    drawing.style.cursor = "";
  });
  document.querySelectorAll("[data-relationship]").forEach(function (button) {
    var id = button.getAttribute("data-relationship");
    button.addEventListener("focus", function () {
      show(id);
    });
    button.addEventListener("click", function () {
      show(id);
    });
  });

  // For tests and for pages that script the widget: counts, and where a line is drawn.
  window.ensembleWidget = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    edgeMidpoint: function (index) {
      var edge = cy.edges()[index];
      var point = edge.renderedMidpoint();
      var box = drawing.getBoundingClientRect();
      return { id: edge.id(), x: box.left + point.x, y: box.top + point.y };
    },
  };
  document.body.dataset.ready = "true";
})();
