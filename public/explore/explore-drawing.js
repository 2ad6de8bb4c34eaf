/*
 * The explorer's drawing, on cytoscape: size by PageRank, colour by community, lines coloured
 * by relationship type and as wide as their weight. It knows nothing of forms or panels.
 */
(function () {
  "use strict";
  var FORCE_LAYOUT_LIMIT = 400;
  var look = window.ensembleExplore.look;

  function Drawing(container, typeColours) {
    this.container = container;
    this.typeColours = typeColours;
    this.expanded = null;
    this.cy = window.cytoscape({
      container: container,
      style: look.style,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // A few thousand lines stay smooth while panning when they are not redrawn mid-gesture.
      hideEdgesOnViewport: true,
      textureOnViewport: true,
    });
  }

  /** Draws the graph anew: characters with no relationship left after the filters are left out. */
  Drawing.prototype.setGraph = function (graph) {
    var typeColours = this.typeColours;
    var linked = new Set();
    graph.links.forEach(function (l) {
      linked.add(l.source);
      linked.add(l.target);
    });
    var nodes = graph.nodes.filter((n) => linked.has(n.id));
    var ranks = nodes.map((n) => n.pagerank || 0);
    var low = Math.min.apply(null, ranks.concat([0]));
    var high = Math.max.apply(null, ranks.concat([0]));
    var heaviest = Math.max.apply(null, graph.links.map((l) => l.weight).concat([1]));
    var elements = nodes.map(function (n) {
      var community = graph.community.get(n.id);
      var share = high > low ? ((n.pagerank || 0) - low) / (high - low) : 0.5;
      return {
        data: {
          id: n.id,
          name: n.label,
          pagerank: n.pagerank,
          community: community,
          colour: look.communityColour(community),
          size: Math.round(14 + 42 * Math.sqrt(share)),
        },
      };
    });
    graph.links.forEach(function (l, i) {
      elements.push({
        data: {
          id: "e" + i,
          source: l.source,
          target: l.target,
          type: l.type,
          weight: l.weight,
          colour: typeColours[l.type] || "#9ca3af",
          width: 1 + (5 * Math.log(l.weight)) / Math.log(Math.max(2, heaviest)),
        },
      });
    });
    this.skipped = graph.nodes.length - nodes.length;
    this.cy.elements().remove();
    this.cy.add(elements);
    this.arrange(elements.filter((e) => !e.data.source).map((e) => e.data));
    this.applyScope();
  };

  /** A force layout (cose) up to a few hundred characters; communities as discs beyond. */
  Drawing.prototype.arrange = function (nodes) {
    if (nodes.length > FORCE_LAYOUT_LIMIT) {
      var positions = window.ensembleExplore.communityDiscs(nodes);
      this.cy.layout({ name: "preset", positions: (node) => positions.get(node.id()) }).run();
      return;
    }
    // cose from a circle rather than from random places, so the same graph is drawn the same way.
    this.cy.layout({ name: "circle", animate: false }).run();
    this.cy
      .layout({
        name: "cose",
        animate: false,
        randomize: false,
        nodeRepulsion: () => 40000,
        nodeOverlap: 40,
        idealEdgeLength: () => 110,
        padding: 20,
      })
      .run();
  };

  /** Marks the selected character and its neighbours, fades the rest, and centres on it. */
  Drawing.prototype.focus = function (id) {
    var node = this.cy.getElementById(id);
    this.cy.elements().removeClass("focus faded on-path");
    if (node.empty()) return false;
    // In a circle view a character already drawn is centred on; one outside starts a new circle.
    if (this.expanded && node.hasClass("hidden")) this.expanded = new Set([id]);
    this.applyScope();
    var near = node.closedNeighborhood();
    this.cy.elements().not(near).addClass("faded");
    node.addClass("focus");
    if (this.cy.zoom() < 1) this.cy.zoom(1);
    // On the dot itself: cy.center(node) would aim at the dot and its name together.
    var at = node.position();
    var zoom = this.cy.zoom();
    this.cy.pan({
      x: this.cy.width() / 2 - at.x * zoom,
      y: this.cy.height() / 2 - at.y * zoom,
    });
    return true;
  };

  /** Adds a character's neighbours to the circle being shown. */
  Drawing.prototype.expand = function (id) {
    if (!this.expanded) this.expanded = new Set();
    this.expanded.add(id);
    this.applyScope();
  };

  /** "all" draws everything; "circle" only the expanded characters and their neighbours. */
  Drawing.prototype.setScope = function (scope, focusId) {
    this.expanded = scope === "circle" ? new Set(focusId ? [focusId] : []) : null;
    this.applyScope();
  };

  Drawing.prototype.applyScope = function () {
    var cy = this.cy;
    cy.elements().removeClass("hidden");
    if (!this.expanded) return;
    var keep = cy.collection();
    this.expanded.forEach(function (id) {
      keep = keep.union(cy.getElementById(id).closedNeighborhood());
    });
    var shownNodes = keep.nodes();
    cy.elements()
      .not(shownNodes.union(shownNodes.edgesWith(shownNodes)))
      .addClass("hidden");
  };

  /** Highlights the path's characters in order and the lines between consecutive ones. */
  Drawing.prototype.showPath = function (ids) {
    var cy = this.cy;
    cy.elements().removeClass("focus on-path");
    var path = cy.collection();
    ids.forEach(function (id, i) {
      path = path.union(cy.getElementById(id));
      if (i > 0) path = path.union(cy.getElementById(ids[i - 1]).edgesWith(cy.getElementById(id)));
    });
    path.removeClass("hidden");
    cy.elements().not(path).addClass("faded");
    path.removeClass("faded").addClass("on-path");
    cy.fit(path.nodes(), 60);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center(path.nodes());
    }
    return path.edges().length;
  };

  /** The characters of the path shown, by id. */
  Drawing.prototype.highlighted = function () {
    return this.cy.nodes(".on-path").map((node) => node.id());
  };

  Drawing.prototype.fit = function () {
    this.cy.fit(this.cy.elements(":visible"), 20);
  };

  Drawing.prototype.counts = function () {
    // By class rather than ":visible", which reads a style cytoscape may not have recomputed yet.
    return {
      nodes: this.cy.nodes().not(".hidden").length,
      edges: this.cy.edges().not(".hidden").length,
    };
  };

  /** Where a character is drawn, in page coordinates (for tests and scripts). */
  Drawing.prototype.pagePosition = function (id) {
    var point = this.cy.getElementById(id).renderedPosition();
    var box = this.container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  };

  Drawing.prototype.onSelect = function (handler) {
    this.cy.on("tap", "node", (event) => handler(event.target.id()));
  };

  Drawing.prototype.onExpand = function (handler) {
    this.cy.on("dbltap", "node", (event) => handler(event.target.id()));
  };

  window.ensembleExplore.Drawing = Drawing;
})();
