/*
 * How the explorer's drawing looks: cytoscape's stylesheet and the community colours. Sizes
 * and colours come from each element's data, which explore-drawing.js computes.
 */
(function () {
  "use strict";
  var COMMUNITY_COLOURS = [
    "#2563eb",
    "#db2777",
    "#16a34a",
    "#ea580c",
    "#7c3aed",
    "#0891b2",
    "#ca8a04",
    "#be123c",
    "#4d7c0f",
    "#9333ea",
  ];
  var OTHER_COMMUNITY = "#6b7280";

  var STYLE = [
    {
      selector: "node",
      style: {
        label: "data(name)",
        "background-color": "data(colour)",
        width: "data(size)",
        height: "data(size)",
        "font-size": 12,
        "min-zoomed-font-size": 9,
        color: "#111827",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-background-color": "#fff",
        "text-background-opacity": 0.8,
        "text-background-padding": 1,
        "border-width": 1,
        "border-color": "#fff",
      },
    },
    {
      selector: "edge",
      style: {
        "line-color": "data(colour)",
        width: "data(width)",
        "curve-style": "bezier",
        opacity: 0.7,
      },
    },
    { selector: ".faded", style: { opacity: 0.12 } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#111827" } },
    {
      selector: ".on-path",
      style: { opacity: 1, "z-index": 9, "border-width": 3, "border-color": "#f59e0b" },
    },
    { selector: "edge.on-path", style: { width: 6, "line-color": "#f59e0b" } },
  ];

  window.ensembleExplore.look = {
    style: STYLE,
    /** The ten largest communities get their own colour; the rest share a grey. */
    communityColour: (index) => COMMUNITY_COLOURS[index] || OTHER_COMMUNITY,
  };
})();
