/*
 * Where the explorer puts characters when the graph is too big for a force layout in the
 * browser (cose is quadratic per iteration: two thousand characters take minutes). Each
 * community is a sunflower disc, most central character (PageRank) in the middle; the discs
 * are laid out in rows, largest first. Linear in the characters, and the same every time.
 */
(function () {
  "use strict";
  var GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  var SPACING = 28;

  /** nodes: [{id, pagerank, community}] -> Map id -> {x, y} */
  function communityDiscs(nodes) {
    var groups = new Map();
    nodes.forEach(function (n) {
      var key = n.community === undefined ? -1 : n.community;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    });
    var discs = Array.from(groups.values())
      .map(function (members) {
        members.sort((a, b) => (b.pagerank || 0) - (a.pagerank || 0) || (a.id < b.id ? -1 : 1));
        return { members: members, radius: SPACING * Math.sqrt(members.length) + SPACING };
      })
      .sort((a, b) => b.members.length - a.members.length);
    var area = discs.reduce((sum, d) => sum + 4 * d.radius * d.radius, 0);
    var rowWidth = Math.max(discs[0] ? 2 * discs[0].radius : 0, Math.sqrt(area) * 1.2);
    var positions = new Map();
    var x = 0;
    var y = 0;
    var rowHeight = 0;
    discs.forEach(function (disc) {
      var size = 2 * disc.radius;
      if (x > 0 && x + size > rowWidth) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      var cx = x + disc.radius;
      var cy = y + disc.radius;
      disc.members.forEach(function (n, i) {
        var r = SPACING * Math.sqrt(i);
        positions.set(n.id, {
          x: cx + r * Math.cos(i * GOLDEN_ANGLE),
          y: cy + r * Math.sin(i * GOLDEN_ANGLE),
        });
      });
      x += size;
      rowHeight = Math.max(rowHeight, size);
    });
    return positions;
  }

  window.ensembleExplore.communityDiscs = communityDiscs;
})();
