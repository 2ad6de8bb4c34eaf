/*
 * The explorer's panels as DOM, built with textContent only: every name and quote comes from
 * the graph and is never read as HTML.
 */
(function () {
  "use strict";
  var explore = window.ensembleExplore;
  var typeNames = new Map(explore.settings.types.map((t) => [t.type, t.name]));

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function typeLabel(type, role) {
    var name = typeNames.get(type) || type;
    return role ? name + " (" + role + ")" : name;
  }

  function sentences(weight) {
    return weight === 1 ? "1 sentence" : weight + " sentences";
  }

  function quote(text, source) {
    var figure = element("figure", "quote");
    figure.append(element("blockquote", "", text));
    if (source) figure.append(element("figcaption", "", source));
    return figure;
  }

  /** A name that re-centres the graph on that character when pressed. */
  function nameButton(name, onPick) {
    var button = element("button", "name-link", name);
    button.type = "button";
    button.addEventListener("click", () => onPick(name));
    return button;
  }

  /** "No character is called …; did you mean" with the API's suggestions as buttons. */
  function renderProblem(target, problem, onPick) {
    var names = problem.suggestions.concat(problem.candidates.map((c) => c.name));
    // The API's message ends with its own "Did you mean …?", which the buttons below replace.
    var message =
      names.length > 0 ? problem.message.replace(/\s*Did you mean[\s\S]*$/, "") : problem.message;
    target.replaceChildren(element("p", "problem-text", message));
    if (names.length === 0) return;
    var list = element(
      "p",
      "suggestions",
      problem.suggestions.length ? "Did you mean " : "One of ",
    );
    names.forEach(function (name, i) {
      if (i > 0) list.append(", ");
      list.append(nameButton(name, onPick));
    });
    list.append("?");
    target.append(list);
  }

  /**
   * The selected character: aliases, PageRank, community, and every relationship drawn with
   * its first sentence, strongest first; each other name re-centres on that character.
   */
  function renderDetails(target, character, ties, titles, actions) {
    var heading = element("h2", "", character.name);
    heading.id = "details-heading";
    var facts = element("p", "meta");
    var aliases = (character.aliases || []).join(", ");
    facts.textContent =
      (aliases ? "Also: " + aliases + ". " : "") +
      "PageRank " +
      (character.pagerank === undefined ? "?" : character.pagerank.toFixed(3)) +
      (character.community === undefined ? "" : ", community " + (character.community + 1));
    var expand = element("button", "", "Add its circle");
    expand.type = "button";
    expand.addEventListener("click", () => actions.expand(character.id));
    var circle = element("a", "", "Widget");
    circle.href = "/embed/character/" + encodeURIComponent(character.id);
    target.replaceChildren(heading, facts, expand, " ", circle);
    var list = element("ul", "ties");
    ties.forEach(function (tie) {
      var item = element("li");
      var line = element("p", "tie");
      line.append(nameButton(tie.other, actions.pick), " · " + typeLabel(tie.type, tie.role));
      line.append(element("span", "weight", " · " + sentences(tie.weight)));
      item.append(line);
      if (tie.evidence[0]) {
        var first = tie.evidence[0];
        item.append(quote(first.quote, titles.get(first.document) || first.document));
      }
      list.append(item);
    });
    target.append(element("h3", "", ties.length + " relationships drawn"), list);
  }

  /** Each step of a path: the two characters, the relationship, and its first sentence. */
  function renderPath(target, path, onPick) {
    if (!path) {
      target.replaceChildren(element("p", "problem-text", "No path joins them within 6 steps."));
      return;
    }
    var summary = element("p", "path-summary");
    summary.textContent = path.characters.map((c) => c.name).join(" → ");
    var steps = element("ol", "path-steps");
    path.steps.forEach(function (step) {
      var item = element("li", "path-step");
      var line = element("p");
      line.append(nameButton(step.from.name, onPick), " → ", nameButton(step.to.name, onPick));
      var r = step.relationship;
      line.append(element("span", "weight", " · " + typeLabel(r.type, r.role)));
      item.append(line);
      if (r.evidence[0]) item.append(quote(r.evidence[0].quote, r.evidence[0].document.title));
      steps.append(item);
    });
    target.replaceChildren(summary, steps);
  }

  explore.panels = {
    element: element,
    renderProblem: renderProblem,
    renderDetails: renderDetails,
    renderPath: renderPath,
  };
})();
