(function () {
  "use strict";
  var records = JSON.parse(document.getElementById("claim-data").textContent);
  var inspector = document.getElementById("inspector");
  var selected = null;

  function cell(tag, text) {
    var element = document.createElement(tag);
    element.textContent = text;
    return element;
  }

  function show(claimId) {
    var record = records[claimId];
    if (!record) { return; }
    document.getElementById("inspector-title").textContent = record.title;
    var rows = document.getElementById("inspector-rows");
    rows.replaceChildren();
    record.rows.forEach(function (pair) {
      var row = document.createElement("tr");
      row.append(cell("th", pair[0]), cell("td", pair[1]));
      rows.append(row);
    });
    var findings = document.getElementById("inspector-findings");
    findings.replaceChildren();
    record.findings.forEach(function (item) {
      var link = cell("a", item[0] + " · " + item[1]);
      link.href = "#finding-" + item[2];
      var line = document.createElement("p");
      line.append(link);
      findings.append(line);
    });
    if (selected) { selected.classList.remove("selected"); }
    selected = document.querySelector('mark.claim[data-claim="' + CSS.escape(claimId) + '"]');
    if (selected) { selected.classList.add("selected"); }
    inspector.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-claim]");
    if (target) { show(target.getAttribute("data-claim")); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("mark.claim")) {
      show(event.target.getAttribute("data-claim"));
    }
    if (event.key === "Escape") { inspector.hidden = true; }
  });
  inspector.querySelector(".close").addEventListener("click", function () { inspector.hidden = true; });
})();
