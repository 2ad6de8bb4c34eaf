/*
 * Where the circle widget puts its characters: the centre in the middle, one ring per step,
 * each name beside its dot on the side facing away from the centre. A ring holds as many of its
 * strongest ties as fit without any two names overlapping; the rest are counted, not drawn
 * (a hairball of unreadable labels tells a reader less than "+5 more").
 */
(function () {
  "use strict";
  var FULL_TURN = 2 * Math.PI;
  var START = -Math.PI / 2;
  var STEP = 0.004;
  var GAP = 3;
  var MAX_PER_RING = 40;

  /** A label's box when its dot sits at `theta` on `ring`: the side facing the centre touches the dot. */
  function place(item, ring, theta) {
    var c = Math.cos(theta);
    var s = Math.sin(theta);
    var x = ring.cx + ring.rx * c;
    var y = ring.cy + ring.ry * s;
    var reach = ring.dot + GAP;
    var left = x + c * reach - (item.w * (1 - c)) / 2;
    var top = y + s * reach - (item.h * (1 - s)) / 2;
    return {
      id: item.id,
      theta: theta,
      x: x,
      y: y,
      align: c > 0.3 ? "left" : c < -0.3 ? "right" : "center",
      label: { left: left, top: top, right: left + item.w, bottom: top + item.h },
      dotBox: { left: x - ring.dot, top: y - ring.dot, right: x + ring.dot, bottom: y + ring.dot },
    };
  }

  function overlaps(a, b) {
    return (
      a.left < b.right + 1 && b.left < a.right + 1 && a.top < b.bottom + 1 && b.top < a.bottom + 1
    );
  }

  function inside(box, bounds) {
    return (
      box.left >= bounds.left &&
      box.top >= bounds.top &&
      box.right <= bounds.right &&
      box.bottom <= bounds.bottom
    );
  }

  /** Whether a placed character collides with another placed one (its name or its dot). */
  function clash(p, q) {
    return (
      overlaps(p.label, q.label) ||
      overlaps(p.label, q.dotBox) ||
      overlaps(p.dotBox, q.label) ||
      overlaps(p.dotBox, q.dotBox)
    );
  }

  function clashesAny(p, others) {
    for (var i = 0; i < others.length; i++) if (clash(p, others[i])) return true;
    return false;
  }

  /** The smallest turn past `from` at which `item` clears `previous` (a full turn if never). */
  function nextClear(item, ring, from, previous, fixed, bounds) {
    for (var theta = from + STEP; theta - from < FULL_TURN; theta += STEP) {
      var p = place(item, ring, theta);
      if (!(previous && clash(p, previous)) && !clashesAny(p, fixed) && inside(p.label, bounds)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Walks round the ring putting each item at its even share of the turn, or just past the one
   * before it when that is further on; null when no spacing tried keeps every name clear.
   * Even spacing first (it reads best), then tighter ones that leave room at the end.
   */
  function pack(items, ring, fixed, bounds) {
    var spacings = [1, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0];
    for (var s = 0; s < spacings.length; s++) {
      var share = (spacings[s] * FULL_TURN) / items.length;
      // Starting half a share round turns a crowded top into two names side by side.
      for (var offset = 0; offset <= share / 2; offset += share / 2 || 1) {
        var placed = walk(items, ring, fixed, bounds, share, START + offset);
        if (placed && clearOfEachOther(placed, fixed, bounds)) return placed;
      }
    }
    return null;
  }

  function walk(items, ring, fixed, bounds, share, start) {
    var placed = [];
    for (var i = 0; i < items.length; i++) {
      var previous = placed[i - 1] || null;
      var floor = start + i * share - STEP;
      var from = previous ? Math.max(previous.theta, floor) : floor;
      var p = nextClear(items[i], ring, from, previous, fixed, bounds);
      if (!p || p.theta - start >= FULL_TURN) return null;
      placed.push(p);
    }
    return placed;
  }

  function clearOfEachOther(placed, fixed, bounds) {
    for (var i = 0; i < placed.length; i++) {
      if (!inside(placed[i].label, bounds) || clashesAny(placed[i], fixed)) return false;
      for (var j = i + 1; j < placed.length; j++) if (clash(placed[i], placed[j])) return false;
    }
    return true;
  }

  /** The most of `items` (strongest first) that fit on the ring. */
  function fill(items, ring, fixed, bounds) {
    for (var k = Math.min(items.length, MAX_PER_RING); k > 0; k--) {
      var placed = pack(items.slice(0, k), ring, fixed, bounds);
      if (placed) return placed;
    }
    return [];
  }

  /**
   * rings: arrays of {id, w, h, dot} (each name's measured size), strongest first; ring n + 1
   * is asked only for items tied to what ring n placed (the caller ranks them so).
   * Returns the centre and every placed character with its position and label box.
   */
  function layoutCircle(size, centre, rings) {
    var pad = 4;
    var bounds = { left: pad, top: pad, right: size.width - pad, bottom: size.height - pad };
    var widest = 0;
    var tallest = 0;
    rings.forEach(function (ring) {
      ring.items.forEach(function (item) {
        widest = Math.max(widest, item.w);
        tallest = Math.max(tallest, item.h);
      });
    });
    var cx = size.width / 2;
    var cy = size.height / 2;
    // Room for a name beside the outermost dots, but never more than a fifth of the width: on a
    // narrow frame the widest names then fit only near the top and bottom, where the packer
    // puts them, rather than squeezing every ring into a thin oval.
    var outerRx = Math.max(20, cx - pad - Math.min(widest, size.width / 5) - 12);
    var outerRy = Math.max(20, cy - pad - tallest - 12);
    var middle = place(centre, { cx: cx, cy: cy, rx: 0, ry: 0, dot: centre.dot }, Math.PI / 2);
    var fixed = [middle];
    rings.forEach(function (ring, index) {
      var share = (index + 1) / rings.length;
      var geometry = { cx: cx, cy: cy, rx: outerRx * share, ry: outerRy * share, dot: ring.dot };
      var items = ring.select(fixed);
      fixed = fixed.concat(fill(items, geometry, fixed, bounds));
    });
    return fixed;
  }

  window.ensembleCircleLayout = { layoutCircle: layoutCircle, overlaps: overlaps };
})();
