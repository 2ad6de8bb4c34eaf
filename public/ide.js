/* The IDE page's boot script: GraphiQL from /vendor, example tabs from the page. */
(function () {
  "use strict";
  var page = document.getElementById("ide-settings");
  var settings = JSON.parse(page.textContent);
  var baseFetcher = GraphiQL.createFetcher({ url: settings.graphqlPath });
  var operationPattern = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;

  // GraphiQL 3 can send the previous tab's operationName after a tab switch; send only a name
  // the document defines.
  function fetcher(params, options) {
    var names = Array.from(String(params.query).matchAll(operationPattern), function (m) {
      return m[1];
    });
    if (params.operationName && names.indexOf(params.operationName) < 0) {
      params = Object.assign({}, params, {
        operationName: names.length === 1 ? names[0] : undefined,
      });
    }
    return baseFetcher(params, options);
  }

  // The schema's documentation in view from the start: open the docs explorer once it is drawn.
  var openDocs = new MutationObserver(function () {
    var button = document.querySelector('.graphiql-sidebar button[aria-label*="Documentation"]');
    if (button) {
      openDocs.disconnect();
      if (window.innerWidth >= 900) button.click();
    }
  });
  openDocs.observe(document.getElementById("graphiql"), { childList: true, subtree: true });

  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: settings.tabs,
    }),
  );
})();
