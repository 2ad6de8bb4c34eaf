/*
 * The character-circle widget: draws the page's embedded graph with cytoscape (served from
 * /embed/vendor) at its real size, names as HTML beside the dots (so they stay crisp and at
 * least 12 px), and shows a relationship's evidence when its line is hovered or tapped, or its
 * entry in the page's relationship list gets keyboard focus.
 */
(function () {
  "use strict";
  var view = JSON.parse(document.getElementById("circle-data").textContent);
  var drawing = document.getElementById("circle-drawing");
  var labelLayer = document.getElementById("circle-labels");
  var more = document.getElementById("circle-more");
  var panel = document.getElementById("evidence");
  var layout = window.ensembleCircleLayout;
  var DOTS = [10, 7, 5];
  var names = new Map(view.characters.map((c) => [c.id, c.name]));
  var distances = new Map(view.characters.map((c) => [c.id, c.distance]));
  var relationships = new Map(view.relationships.map((r) => [r.id, r]));
  var heaviest = Math.max.apply(null, [1].concat(view.relationships.map((r) => r.weight)));
  var labels = new Map();
  var drawn = [];

  view.characters.forEach(function (c) {
    var label = document.createElement("span");
    label.className = "label distance-" + c.distance;
    label.textContent = c.name;
    labels.set(c.id, label);
  });

  /** How strongly a character is tied to those already placed: typed ties count double. */
  function strength(id, placedIds) {
    var total = 0;
    view.relationships.forEach(function (r) {
      var other = r.source === id ? r.target : r.target === id ? r.source : null;
      if (other !== null && placedIds.has(other)) {
        total += r.type === "INTERACTS_WITH" ? r.weight : 2 * r.weight;
      }
    });
    return total;
  }

  function measured(id, dot) {
    var label = labels.get(id);
    return { id: id, w: label.offsetWidth, h: label.offsetHeight, dot: dot };
  }

  function ring(distance) {
    var members = view.characters.filter((c) => c.distance === distance);
    return {
      dot: DOTS[distance],
      items: members.map((c) => measured(c.id, DOTS[distance])),
      select: function (placed) {
        var placedIds = new Set(placed.map((p) => p.id));
        return members
          .map((c) => ({ id: c.id, strength: strength(c.id, placedIds) }))
          .filter((c) => c.strength > 0)
          .sort((a, b) => b.strength - a.strength || names.get(a.id).localeCompare(names.get(b.id)))
          .map((c) => measured(c.id, DOTS[distance]));
      },
    };
  }

  function arrange() {
    labelLayer.replaceChildren.apply(labelLayer, Array.from(labels.values()));
    var size = { width: drawing.clientWidth, height: drawing.clientHeight };
    var rings = view.depth === 1 ? [ring(1)] : [ring(1), ring(2)];
    drawn = layout.layoutCircle(size, measured(view.centre.id, DOTS[0]), rings);
    var shown = new Set(drawn.map((p) => p.id));
    labels.forEach(function (label, id) {
      if (!shown.has(id)) label.remove();
    });
    drawn.forEach(function (p) {
      var label = labels.get(p.id);
      label.style.left = p.label.left + "px";
      label.style.top = p.label.top + "px";
      label.style.textAlign = p.align;
    });
    var hidden = view.characters.length - drawn.length;
    more.hidden = hidden === 0;
    more.querySelector("a").textContent = "+" + hidden + " more in the explorer";
    cy.elements().remove();
    cy.add(elements(shown));
  }

  function elements(shown) {
    var nodes = drawn.map(function (p) {
      var dot = DOTS[distances.get(p.id)];
      return {
        data: { id: "c:" + p.id, distance: distances.get(p.id), size: 2 * dot },
        position: { x: p.x, y: p.y },
      };
    });
    var edges = view.relationships
      .filter((r) => shown.has(r.source) && shown.has(r.target))
      .map(function (r) {
        return {
          data: {
            id: r.id,
            source: "c:" + r.source,
            target: "c:" + r.target,
            colour: r.colour,
            width: 1.5 + (5.5 * (r.weight - 1)) / Math.max(1, heaviest - 1),
          },
        };
      });
    return nodes.concat(edges);
  }

  var cy = window.cytoscape({
    container: drawing,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "#6b7280",
          width: "data(size)",
          height: "data(size)",
        },
      },
      { selector: "node[distance = 0]", style: { "background-color": "#111827" } },
      {
        selector: "edge",
        style: {
          "line-color": "data(colour)",
          width: "data(width)",
          "curve-style": "bezier",
          opacity: 0.85,
        },
      },
      {
        selector: "edge.shown",
        style: { opacity: 1, "overlay-color": "#f59e0b", "overlay-opacity": 0.35, "z-index": 9 },
      },
    ],
    // Drawn at its real size: zoom 1 keeps the names the size the stylesheet gives them, and
    // wheel zoom or panning inside an iframe would trap the wiki page's scrolling.
    zoom: 1,
    pan: { x: 0, y: 0 },
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });

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
    meta.textContent = r.label + " · " + sentences;
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

  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      cy.resize();
      arrange();
      document.body.dataset.arranged = String(Number(document.body.dataset.arranged || 0) + 1);
    });
  });
  arrange();

  // For tests and for pages that script the widget: what is drawn, and where a line is.
  window.ensembleWidget = {
    get nodes() {
      return cy.nodes().length;
    },
    get edges() {
      return cy.edges().length;
    },
    get hidden() {
      return view.characters.length - drawn.length;
    },
    drawnIds: function () {
      return drawn.map((p) => p.id);
    },
    edgeMidpoint: function (index) {
      var edge = cy.edges()[index];
      var point = edge.renderedMidpoint();
      var box = drawing.getBoundingClientRect();
      return { id: edge.id(), x: box.left + point.x, y: box.top + point.y };
    },
  };
  document.body.dataset.ready = "true";
})();
