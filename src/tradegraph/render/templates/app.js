/* tradegraph page script. Every string from the graph is put on the page with textContent or
   as a DOM property; nothing is parsed as HTML. Links are made only for http(s) URLs. */
(function () {
  "use strict";
  var mark = function (name) { if (window.performance && performance.mark) performance.mark(name); };
  var data = JSON.parse(document.getElementById("tg-data").textContent);
  mark("tg-parsed");
  var big = !data.physics;
  var typeStyle = new Map();
  data.types.forEach(function (t) { typeStyle.set(t.type, t); });
  var nodeInfo = new Map(), edgeInfo = new Map(), byLabel = new Map();
  var DIM_NODE = "rgba(200,200,200,0.35)", DIM_EDGE = "rgba(200,200,200,0.15)";
  var OPPORTUNITY = "#D62728";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeHref(url) {
    if (typeof url !== "string") return null;
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (err) { return null; }
  }
  function link(url, text) {
    var href = safeHref(url);
    if (!href) return el("span", "tt-meta", text || url);
    var a = el("a", null, text || url);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function shapeIcon(shape, colour) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "-8 -8 16 16");
    var p;
    var poly = {
      diamond: "0,-7 7,0 0,7 -7,0", triangle: "0,-7 7,6 -7,6", triangleDown: "0,7 7,-6 -7,-6",
      hexagon: "7,0 3.5,6 -3.5,6 -7,0 -3.5,-6 3.5,-6",
      star: "0,-7 1.9,-2.4 6.7,-2.2 3,0.9 4.1,5.7 0,3 -4.1,5.7 -3,0.9 -6.7,-2.2 -1.9,-2.4",
      square: "-6,-6 6,-6 6,6 -6,6"
    }[shape];
    if (poly) { p = document.createElementNS(ns, "polygon"); p.setAttribute("points", poly); }
    else { p = document.createElementNS(ns, "circle"); p.setAttribute("r", "6"); }
    p.setAttribute("fill", colour); p.setAttribute("stroke", "#444"); p.setAttribute("stroke-width", "0.8");
    svg.appendChild(p);
    return svg;
  }

  // ---------------------------------------------------------------- data sets
  // Styles live in groups (one per type) and global edge options; items carry only what
  // differs, which keeps building 25,000 items fast.
  var groups = {};
  data.types.forEach(function (t, i) {
    groups["t" + i] = { shape: t.shape, color: { background: t.colour, border: "#444" } };
    t.group = "t" + i;
  });
  function nodeColour(n) {
    var s = typeStyle.get(n.type);
    return { background: s ? s.colour : "#bbb", border: "#444" };
  }
  var nodeItems = data.nodes.map(function (n) {
    nodeInfo.set(n.id, n);
    var key = n.label.toLowerCase();
    if (!byLabel.has(key)) byLabel.set(key, n.id);
    var item = { id: n.id, label: n.label, group: (typeStyle.get(n.type) || {}).group, size: n.size };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  function edgeColour(e) {
    var colour = e.kind ? OPPORTUNITY : data.edgeColour;
    return { color: colour, highlight: "#222", hover: "#222" };
  }
  var edgeItems = data.edges.map(function (e) {
    edgeInfo.set(e.id, e);
    // Big graphs: edge labels only on the clicked neighbourhood (20,000 labels cost seconds).
    var item = { id: e.id, from: e.from, to: e.to };
    if (!big) item.label = e.label;
    if (!e.directed) item.arrows = "";
    if (e.kind) { item.color = edgeColour(e); item.width = 2.5; item.dashes = e.kind === "inferred"; }
    if (e.curve) item.smooth = { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) };
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  mark("tg-datasets");

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: data.physics ? {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 140, avoidOverlap: 0.5 },
      stabilization: { enabled: true, iterations: 400, fit: true }
    } : false,
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 100, multiselect: false },
    groups: groups,
    nodes: { borderWidth: 1, font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { font: { size: 10, align: "middle", color: "#555", strokeWidth: 2, strokeColor: "#ffffff" },
             arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: edgeColour({}), selectionWidth: 1.5, hoverWidth: 0.5,
             smooth: big ? false : { enabled: true, type: "continuous", roundness: 0.3 } }
  };
  var container = document.getElementById("tg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  mark("tg-network");
  var api = { network: network, nodes: nodes, edges: edges, data: data, ready: false };
  window.tradegraph = api;
  window.tradegraphNetwork = network;

  function markReady() {
    if (api.ready) return;
    if (data.physics) network.setOptions({ physics: false });  // stop moving once laid out
    api.ready = true;
    mark("tg-ready");
    document.body.setAttribute("data-ready", "1");
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.fit(); network.once("afterDrawing", markReady); network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }

  // ---------------------------------------------------------------- tooltips and panel
  function nodeDetails(n, full) {
    var box = el("div");
    box.appendChild(el("div", "tt-title", n.label));
    var s = typeStyle.get(n.type);
    box.appendChild(el("div", "tt-type", (s ? s.label : n.type || "entity") + " · " + n.degree + " connection" + (n.degree === 1 ? "" : "s")));
    if (n.aliases.length) box.appendChild(el("div", "tt-meta", "also: " + n.aliases.join(", ")));
    if (n.identifiers.length) {
      box.appendChild(el("div", "tt-section", "Identifiers"));
      n.identifiers.forEach(function (kv) { box.appendChild(el("div", "tt-meta", kv[0] + ": " + kv[1])); });
    }
    if (n.facts.length) {
      box.appendChild(el("div", "tt-section", "Facts"));
      var ul = el("ul", "tt-list");
      n.facts.forEach(function (f) {
        var v = typeof f.value === "number" ? f.value.toLocaleString("en-GB") : f.value;
        var words = [f.qualifier, v, f.unit].filter(function (x) { return x !== null && x !== undefined && x !== ""; });
        ul.appendChild(el("li", null, f.property + ": " + words.join(" ") + (f.date ? " (" + f.date + ")" : "")));
      });
      box.appendChild(ul);
    }
    if (full) box.appendChild(el("div", "tt-meta", n.iri));
    return box;
  }
  function edgeDetails(e, full) {
    var box = el("div");
    var from = nodeInfo.get(e.from), to = nodeInfo.get(e.to);
    box.appendChild(el("div", "tt-title", from.label + " — " + e.label + " — " + to.label));
    var meta = [e.predicate];
    if (e.kind) meta.push(e.kind + " opportunity");
    if (e.topic) meta.push("topic: " + e.topic);
    if (e.score !== undefined) meta.push("score " + e.score);
    if (e.first) meta.push(e.first === e.last || !e.last ? e.first : e.first + " – " + e.last);
    box.appendChild(el("div", "tt-type", meta.join(" · ")));
    if (e.reasons && e.reasons.length) {
      box.appendChild(el("div", "tt-section", "Why"));
      var why = el("ul", "tt-list");
      [].concat(e.reasons).forEach(function (r) { why.appendChild(el("li", null, typeof r === "string" ? r : JSON.stringify(r))); });
      box.appendChild(why);
    }
    var shown = full ? e.evidence : e.evidence.slice(0, 3);
    if (shown.length) box.appendChild(el("div", "tt-section", "Evidence"));
    shown.forEach(function (ev) {
      if (ev.text) box.appendChild(el("blockquote", "tt-quote", "“" + ev.text + "”"));
      var who = [ev.role && ("role: " + ev.role), ev.topic && ("topic: " + ev.topic), ev.method && ("found by " + ev.method)].filter(Boolean);
      var line = el("div", "tt-meta", [ev.title, ev.date].filter(Boolean).join(" · ") + (who.length ? " · " + who.join(", ") : ""));
      if (full && ev.source) { line.appendChild(document.createTextNode(" · ")); line.appendChild(link(ev.href || ev.source)); }
      box.appendChild(line);
    });
    var more = e.evidence.length - shown.length + (e.more || 0);
    if (more > 0) box.appendChild(el("div", "tt-meta", "… " + more + " more (click the edge)"));
    if (e.records.length) {
      box.appendChild(el("div", "tt-section", "Records"));
      var ul = el("ul", "tt-list");
      e.records.slice(0, full ? e.records.length : 5).forEach(function (r) {
        var li = el("li", null, [r.title, r.date].filter(Boolean).join(" · "));
        if (full && r.source) { li.appendChild(document.createTextNode(" · ")); li.appendChild(link(r.href || r.source)); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  var tooltip = document.getElementById("tg-tooltip");
  function showTooltip(content, pointer) {
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    var w = container.clientWidth, h = container.clientHeight;
    var x = Math.min(pointer.x + 14, Math.max(0, w - tooltip.offsetWidth - 4));
    var y = pointer.y + 14 + tooltip.offsetHeight > h ? Math.max(0, pointer.y - tooltip.offsetHeight - 10) : pointer.y + 14;
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; tooltip.replaceChildren(); }
  network.on("hoverNode", function (p) { showTooltip(nodeDetails(nodeInfo.get(p.node), false), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeDetails(edgeInfo.get(p.edge), false), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  var panel = document.getElementById("tg-panel"), panelBody = document.getElementById("tg-panel-body");
  function openPanel(content) { panelBody.replaceChildren(content); panel.hidden = false; }
  function closePanel() { panel.hidden = true; panelBody.replaceChildren(); }
  document.getElementById("tg-panel-close").addEventListener("click", function () { closePanel(); clearHighlight(); });

  // ---------------------------------------------------------------- neighbourhood highlight
  var dimmed = false, labelled = [];
  function highlightBig(id) {
    // Selection (no per-item restyling of thousands of items) plus the neighbourhood's labels.
    var near = network.getConnectedNodes(id), around = network.getConnectedEdges(id);
    edges.update(labelled.map(function (e) { return { id: e, label: "" }; })
      .concat(around.map(function (e) { return { id: e, label: edgeInfo.get(e).label }; })));
    labelled = around;
    network.setSelection({ nodes: [id].concat(near), edges: around }, { unselectAll: true, highlightEdges: false });
    dimmed = true;
  }
  function highlight(id) {
    if (big) { highlightBig(id); return; }
    var keep = new Set(network.getConnectedNodes(id)); keep.add(id);
    var keepEdges = new Set(network.getConnectedEdges(id));
    nodes.update(nodeItems.map(function (n) {
      return keep.has(n.id) ? { id: n.id, color: nodeColour(nodeInfo.get(n.id)), font: { color: "#222" } }
                            : { id: n.id, color: { background: DIM_NODE, border: DIM_NODE }, font: { color: "#bbb" } };
    }));
    edges.update(edgeItems.map(function (e) {
      return keepEdges.has(e.id) ? { id: e.id, color: edgeColour(edgeInfo.get(e.id)), font: { color: "#555" } }
                                 : { id: e.id, color: { color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE }, font: { color: "rgba(0,0,0,0)" } };
    }));
    dimmed = true;
  }
  function clearHighlight() {
    if (!dimmed) return;
    if (big) {
      edges.update(labelled.map(function (e) { return { id: e, label: "" }; }));
      labelled = []; network.unselectAll(); dimmed = false;
      return;
    }
    nodes.update(nodeItems.map(function (n) { return { id: n.id, color: nodeColour(nodeInfo.get(n.id)), font: { color: "#222" } }; }));
    edges.update(edgeItems.map(function (e) { return { id: e.id, color: edgeColour(edgeInfo.get(e.id)), font: { color: "#555" } }; }));
    dimmed = false;
  }
  api.highlight = highlight;
  api.clearHighlight = clearHighlight;
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) { highlight(p.nodes[0]); openPanel(nodeDetails(nodeInfo.get(p.nodes[0]), true)); }
    else if (p.edges.length) { clearHighlight(); openPanel(edgeDetails(edgeInfo.get(p.edges[0]), true)); }
    else { clearHighlight(); closePanel(); }
  });

  // ---------------------------------------------------------------- search
  var names = document.getElementById("tg-names");
  var status = document.getElementById("tg-search-status");
  var labels = data.nodes.map(function (n) { return n.label; }).sort();
  labels.forEach(function (l) { var o = document.createElement("option"); o.value = l; names.appendChild(o); });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    if (byLabel.has(q)) return byLabel.get(q);
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i];
      if (n.label.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase() === q; })) return n.id;
    }
    return null;
  }
  function focusNode(id) {
    var item = nodes.get(id);
    if (item && item.hidden) { status.textContent = "hidden by the type filter"; return; }
    status.textContent = "";
    if (!big) network.selectNodes([id]);
    highlight(id);
    network.focus(id, { scale: 1.2, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    openPanel(nodeDetails(nodeInfo.get(id), true));
  }
  api.find = find;
  api.focusNode = focusNode;
  document.getElementById("tg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var id = find(document.getElementById("tg-search-input").value);
    if (id === null) { status.textContent = "no match"; return; }
    focusNode(id);
  });
  document.getElementById("tg-reset").addEventListener("click", function () {
    clearHighlight(); closePanel(); network.unselectAll(); status.textContent = ""; network.fit();
  });

  // ---------------------------------------------------------------- legend and type filter
  var list = document.getElementById("tg-types");
  var shownTypes = new Set(data.types.map(function (t) { return t.type; }));
  function applyFilter() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !shownTypes.has(n.type) }; }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !shownTypes.has(nodeInfo.get(e.from).type) || !shownTypes.has(nodeInfo.get(e.to).type) };
    }));
  }
  data.types.forEach(function (t) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.type;
    box.addEventListener("change", function () {
      if (box.checked) shownTypes.add(t.type); else shownTypes.delete(t.type);
      applyFilter();
    });
    label.appendChild(box);
    label.appendChild(shapeIcon(t.shape, t.colour));
    label.appendChild(el("span", null, t.label));
    label.appendChild(el("span", "n", t.count));
    li.appendChild(label);
    list.appendChild(li);
  });
  api.showTypes = function (types) { shownTypes = new Set(types); applyFilter(); };
  var edgeLegend = document.getElementById("tg-edge-legend");
  if (data.opportunityKinds.length) {
    edgeLegend.appendChild(el("h2", null, "Opportunities"));
    data.opportunityKinds.forEach(function (kind) {
      var row = el("div", "edge-key");
      var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), line = document.createElementNS(ns, "line");
      svg.setAttribute("width", "34"); svg.setAttribute("height", "10");
      line.setAttribute("x1", "0"); line.setAttribute("y1", "5"); line.setAttribute("x2", "34"); line.setAttribute("y2", "5");
      line.setAttribute("stroke", OPPORTUNITY); line.setAttribute("stroke-width", "2.5");
      if (kind === "inferred") line.setAttribute("stroke-dasharray", "5 4");
      svg.appendChild(line); row.appendChild(svg);
      row.appendChild(el("span", null, kind === "inferred" ? "inferred by tradegraph" : "stated in a record"));
      edgeLegend.appendChild(row);
    });
  }
  document.getElementById("tg-counts").textContent =
    data.nodes.length + " nodes · " + data.edges.length + " edges" + (big ? " · layout precomputed" : "");
})();
