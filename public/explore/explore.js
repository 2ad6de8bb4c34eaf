/*
 * The explorer page: search, filters, path finder and downloads wired to the drawing.
 * State lives here: the graph as last fetched, the filters, the selected character.
 */
(function () {
  "use strict";
  var explore = window.ensembleExplore;
  var panels = explore.panels;
  var byId = (id) => document.getElementById(id);
  var typeColours = {};
  explore.settings.types.forEach((t) => (typeColours[t.type] = t.colour));
  var drawing = new explore.Drawing(byId("graph"), typeColours);
  var state = { graph: null, selected: null, titles: new Map(), filters: readFilters() };
  var loading = 0;

  /** The filter form as the API's filters; types is null while every type is ticked. */
  function readFilters() {
    var form = byId("filters");
    var boxes = Array.from(form.querySelectorAll('input[name="types"]'));
    var ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    var minWeight = Number(form.elements.minWeight.value);
    var documentId = form.elements.document.value;
    return {
      types: ticked.length === boxes.length ? null : ticked,
      minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : null,
      documents: documentId ? [documentId] : null,
    };
  }

  function status(text) {
    var line = byId("graph-status");
    line.textContent = text;
    var counts = drawing.counts();
    line.dataset.nodes = String(counts.nodes);
    line.dataset.edges = String(counts.edges);
  }

  function describeCounts() {
    var counts = drawing.counts();
    var skipped = drawing.skipped ? ` (${drawing.skipped} with no relationship left out)` : "";
    return `${counts.nodes} characters and ${counts.edges} relationships drawn${skipped}.`;
  }

  function updateDownloads() {
    var query = explore.exportQuery(state.filters);
    document.querySelectorAll("a.download").forEach(function (link) {
      link.href = "/export/" + link.dataset.file + query;
    });
  }

  function reload() {
    var ticket = ++loading;
    document.body.dataset.loading = "true";
    status("Loading the graph…");
    return explore
      .loadGraph(state.filters)
      .then(function (graph) {
        if (ticket !== loading) return;
        state.graph = graph;
        drawing.setGraph(graph);
        fillNames(graph.nodes);
        if (state.selected) select(state.selected);
        status(describeCounts());
      })
      .catch((error) => status("The graph could not be loaded: " + error.message))
      .finally(function () {
        if (ticket === loading) delete document.body.dataset.loading;
      });
  }

  function fillNames(nodes) {
    var list = byId("character-names");
    list.replaceChildren.apply(
      list,
      nodes.map((n) => Object.assign(document.createElement("option"), { value: n.label })),
    );
  }

  /** Centres on a character and lists its relationships in the details panel. */
  function select(id) {
    state.selected = id;
    // Asked for before the graph arrived: reload() selects it once it is drawn.
    if (!state.graph) return;
    var node = state.graph.nodes.find((n) => n.id === id);
    var drawn = drawing.focus(id);
    byId("details").dataset.selected = id;
    if (!node) return;
    var ties = state.graph.links
      .filter((l) => l.source === id || l.target === id)
      .map((l) => Object.assign({ other: nameOf(l.source === id ? l.target : l.source) }, l))
      .sort((a, b) => b.weight - a.weight || a.other.localeCompare(b.other));
    var character = Object.assign({ name: node.label }, node, {
      community: state.graph.community.get(id),
    });
    panels.renderDetails(byId("details"), character, ties, state.titles, {
      pick: search,
      expand: function (expandId) {
        byId("scope").value = "circle";
        drawing.expand(expandId);
        status(describeCounts());
      },
    });
    status(drawn ? describeCounts() : `${node.label} has no relationship under these filters.`);
  }

  function nameOf(id) {
    var node = state.graph.nodes.find((n) => n.id === id);
    return node ? node.label : id;
  }

  /** Any name or alias, resolved by the API; unknown names get its suggestions. */
  function search(name) {
    var result = byId("search-result");
    byId("search-name").value = name;
    result.textContent = "Looking for " + name + "…";
    return explore
      .findCharacter(name)
      .then(function (character) {
        result.textContent = "";
        select(character.id);
      })
      .catch((problem) => panels.renderProblem(result, problem, search));
  }

  function findPath(form) {
    var target = byId("path-result");
    var via = form.elements.via.value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    target.textContent = "Looking for a path…";
    // A suggested name replaces the misspelt one (the error quotes it) and asks again.
    var pick = function (name) {
      var message = target.textContent;
      var fields = [form.elements.from, form.elements.to];
      var wrong = fields.find((f) => message.includes('"' + f.value.trim() + '"'));
      if (wrong) wrong.value = name;
      else
        form.elements.via.value = via
          .map((v) => (message.includes('"' + v + '"') ? name : v))
          .join(", ");
      findPath(form);
    };
    explore
      .findPath(form.elements.from.value.trim(), via, form.elements.to.value.trim(), state.filters)
      .then(function (path) {
        panels.renderPath(target, path, search);
        if (!path) return;
        drawing.showPath(path.characters.map((c) => c.id));
        target.dataset.path = path.characters.map((c) => c.id).join(",");
      })
      .catch((problem) => panels.renderProblem(target, problem, pick));
  }

  byId("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(byId("search-name").value.trim());
  });
  byId("path-form").addEventListener("submit", function (event) {
    event.preventDefault();
    findPath(event.target);
  });
  byId("filters").addEventListener("change", function () {
    state.filters = readFilters();
    updateDownloads();
    reload();
  });
  byId("scope").addEventListener("change", function (event) {
    drawing.setScope(event.target.value, state.selected);
    status(describeCounts());
  });
  byId("fit").addEventListener("click", () => drawing.fit());
  drawing.onSelect(select);
  drawing.onExpand(function (id) {
    byId("scope").value = "circle";
    drawing.expand(id);
    status(describeCounts());
  });

  explore.loadDocuments().then(function (documents) {
    var select = byId("filters").elements.document;
    documents.forEach(function (d) {
      state.titles.set(d.id, d.title);
      select.append(
        Object.assign(document.createElement("option"), { value: d.id, text: d.title }),
      );
    });
  });

  var focus = new window.URLSearchParams(window.location.search).get("focus");
  reload().then(function () {
    if (focus) search(focus);
    document.body.dataset.ready = "true";
  });

  // For tests and for scripts driving the page.
  window.ensembleExplorer = {
    counts: () => drawing.counts(),
    selected: () => state.selected,
    pagePosition: (id) => drawing.pagePosition(id),
    highlighted: () => drawing.highlighted(),
  };
})();
