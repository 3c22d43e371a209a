// Previews of cross-references: hovering or focusing a link to a numbered
// equation or figure (a.mlf-ref) shows that equation or figure beside the
// link. The target comes from this page, or is fetched once from its page on
// this site. Nothing is loaded from another host. Event delegation keeps it
// working after Material's instant navigation swaps the page content.
(function () {
  "use strict";
  var pages = {};
  var box = null;

  function hide() {
    if (box) { box.remove(); box = null; }
  }

  function target(link) {
    var url = new URL(link.href, location.href);
    var id = decodeURIComponent(url.hash.slice(1));
    if (url.pathname === location.pathname) {
      return Promise.resolve(document.getElementById(id));
    }
    var key = url.pathname;
    if (!pages[key]) {
      pages[key] = fetch(key).then(function (response) { return response.text(); })
        .then(function (text) { return new DOMParser().parseFromString(text, "text/html"); });
    }
    return pages[key].then(function (doc) { return doc.getElementById(id); });
  }

  function show(link) {
    target(link).then(function (element) {
      if (!element || !link.matches(":hover, :focus")) return;
      hide();
      box = document.createElement("div");
      box.className = "mlf-preview md-typeset";
      box.setAttribute("role", "tooltip");
      var copy = element.cloneNode(true);
      copy.removeAttribute("id");
      copy.querySelectorAll("[id]").forEach(function (node) { node.removeAttribute("id"); });
      box.appendChild(copy);
      document.body.appendChild(box);
      var rect = link.getBoundingClientRect();
      var width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 16);
      var left = Math.max(8, Math.min(rect.left + scrollX, scrollX + document.documentElement.clientWidth - width - 8));
      box.style.left = left + "px";
      box.style.top = (rect.bottom + scrollY + 6) + "px";
    });
  }

  function over(event) {
    var link = event.target.closest && event.target.closest("a.mlf-ref");
    if (link) show(link);
  }
  function out(event) {
    var link = event.target.closest && event.target.closest("a.mlf-ref");
    if (link) hide();
  }
  document.addEventListener("mouseover", over);
  document.addEventListener("focusin", over);
  document.addEventListener("mouseout", out);
  document.addEventListener("focusout", out);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
})();
