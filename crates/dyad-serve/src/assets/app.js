// Dyad web UI: tooltips, zoom and pan of SVG views, and the network's force
// layout. Hand-written, no libraries, no network access.
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var QUAD_COLOURS = ["#4c9f70", "#1b7a4b", "#e0913a", "#c0392b"];

  // Tooltips: any element with data-tip.
  var tip = document.createElement("div");
  tip.id = "tooltip";
  document.body.appendChild(tip);
  document.addEventListener("mousemove", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-tip]") : null;
    if (!el) { tip.style.display = "none"; return; }
    tip.textContent = el.getAttribute("data-tip");
    tip.style.display = "block";
    tip.style.left = (ev.clientX + 12) + "px";
    tip.style.top = (ev.clientY + 12) + "px";
  });

  // Zoom (wheel) and pan (drag) of an SVG's viewBox.
  function zoomable(svg) {
    var vb = svg.viewBox.baseVal;
    var dragging = null;
    svg.dataset.dragged = "0";
    function point(ev) {
      var r = svg.getBoundingClientRect();
      return { x: vb.x + (ev.clientX - r.left) / r.width * vb.width,
               y: vb.y + (ev.clientY - r.top) / r.height * vb.height };
    }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = point(ev);
      var k = ev.deltaY < 0 ? 0.8 : 1.25;
      vb.x = p.x - (p.x - vb.x) * k; vb.y = p.y - (p.y - vb.y) * k;
      vb.width *= k; vb.height *= k;
    }, { passive: false });
    svg.addEventListener("pointerdown", function (ev) {
      dragging = { x: ev.clientX, y: ev.clientY, vx: vb.x, vy: vb.y, moved: false };
    });
    window.addEventListener("pointermove", function (ev) {
      if (!dragging) return;
      var r = svg.getBoundingClientRect();
      var dx = ev.clientX - dragging.x, dy = ev.clientY - dragging.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) dragging.moved = true;
      vb.x = dragging.vx - dx / r.width * vb.width;
      vb.y = dragging.vy - dy / r.height * vb.height;
    });
    window.addEventListener("pointerup", function () {
      if (dragging && dragging.moved) {
        svg.dataset.dragged = "1";
        setTimeout(function () { svg.dataset.dragged = "0"; }, 50);
      }
      dragging = null;
    });
    // A drag is not a click on the link under the pointer.
    svg.addEventListener("click", function (ev) {
      if (svg.dataset.dragged === "1") { ev.preventDefault(); ev.stopPropagation(); }
    }, true);
  }
  Array.prototype.forEach.call(document.querySelectorAll("svg.zoomable"), zoomable);

  // The article reader: hovering an event lights up its evidence sentence.
  Array.prototype.forEach.call(document.querySelectorAll("li.event a.evidence-link"), function (link) {
    var target = document.getElementById((link.getAttribute("href") || "").slice(1));
    if (!target || !target.classList.contains("evidence")) return;
    var item = link.closest("li.event");
    item.addEventListener("mouseenter", function () { target.classList.add("active"); });
    item.addEventListener("mouseleave", function () { target.classList.remove("active"); });
  });

  // The network: a force-directed layout, drawn once it settles.
  var svg = document.getElementById("network");
  var dataEl = document.getElementById("graph-data");
  if (!svg || !dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var key = function (a) { return a.code + (a.sector || ""); };
  var W = 1000, H = 700;
  var nodes = data.nodes.map(function (n, i) {
    var angle = i * 2.399963;
    var radius = 40 + 12 * Math.sqrt(i) * 6;
    return { id: key(n.actor), code: n.actor.code, name: n.actor.name, events: n.events,
             x: W / 2 + radius * Math.cos(angle), y: H / 2 + radius * Math.sin(angle), vx: 0, vy: 0 };
  });
  var index = {};
  nodes.forEach(function (n, i) { index[n.id] = i; });
  var edges = data.edges.filter(function (e) {
    return index[key(e.source)] !== undefined && index[key(e.target)] !== undefined;
  }).map(function (e) {
    var q = 0;
    for (var i = 1; i < 4; i++) if (e.by_quad[i] > e.by_quad[q]) q = i;
    return { s: index[key(e.source)], t: index[key(e.target)], events: e.events, quad: q,
             source: e.source, target: e.target, goldstein: e.goldstein_mean };
  });
  for (var step = 0; step < 300; step++) {
    var cool = 1 - step / 300;
    for (var i = 0; i < nodes.length; i++) {
      for (var j = i + 1; j < nodes.length; j++) {
        var a = nodes[i], b = nodes[j];
        var dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        var f = 2500 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      if (e.s === e.t) return;
      var a = nodes[e.s], b = nodes[e.t];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = (d - 120) * 0.02;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    });
    nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.01; n.vy += (H / 2 - n.y) * 0.01;
      var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy), max = 30 * cool + 1;
      if (v > max) { n.vx *= max / v; n.vy *= max / v; }
      n.x += n.vx; n.y += n.vy; n.vx *= 0.5; n.vy *= 0.5;
    });
  }
  // Fit the layout into the drawing box (labels need room on the right), so
  // nodes and labels keep their size however far the layout spread.
  if (nodes.length) {
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var x0 = Math.min.apply(null, xs), y0 = Math.min.apply(null, ys);
    var spanX = Math.max.apply(null, xs) - x0 || 1, spanY = Math.max.apply(null, ys) - y0 || 1;
    var boxW = W - 260, boxH = H - 80;
    var k = Math.min(boxW / spanX, boxH / spanY, 3);
    var left = 40 + (boxW - spanX * k) / 2, top = 40 + (boxH - spanY * k) / 2;
    nodes.forEach(function (n) { n.x = left + (n.x - x0) * k; n.y = top + (n.y - y0) * k; });
  }
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVGNS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  var defs = el("defs", {}, svg);
  QUAD_COLOURS.forEach(function (c, i) {
    var m = el("marker", { id: "arrow" + i, viewBox: "0 0 10 10", refX: "10", refY: "5",
      markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M0 0L10 5L0 10z", fill: c }, m);
  });
  var radius = function (n) { return 5 + 3 * Math.sqrt(n.events); };
  var edgeLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
  edges.forEach(function (e) {
    var a = nodes[e.s], b = nodes[e.t];
    var link = el("a", { href: "/dyad/" + encodeURIComponent(e.source.code) + "/" + encodeURIComponent(e.target.code),
      "class": "edge", "data-source": e.source.code, "data-target": e.target.code,
      "data-tip": e.source.name + " \u2192 " + e.target.name + ": " + e.events + " events, Goldstein " + e.goldstein.toFixed(1) }, edgeLayer);
    var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    // Offset the two directions of a dyad so both show.
    var ox = -dy / d * 4, oy = dx / d * 4;
    var rb = radius(b) + 2;
    el("line", { x1: a.x + ox, y1: a.y + oy, x2: b.x - dx / d * rb + ox, y2: b.y - dy / d * rb + oy,
      stroke: QUAD_COLOURS[e.quad], "stroke-width": Math.min(1 + 1.5 * Math.sqrt(e.events), 12),
      "marker-end": "url(#arrow" + e.quad + ")" }, link);
  });
  nodes.forEach(function (n) {
    var link = el("a", { href: "/actor/" + encodeURIComponent(n.id), "class": "node",
      "data-code": n.id, "data-tip": n.name + " (" + n.id + "): " + n.events + " events" }, nodeLayer);
    el("circle", { cx: n.x, cy: n.y, r: radius(n), fill: "#1f5fa8" }, link);
    var t = el("text", { x: n.x + radius(n) + 3, y: n.y + 4 }, link);
    t.textContent = n.name;
  });
  svg.setAttribute("data-ready", "1");
})();
