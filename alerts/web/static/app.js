// govwatch review UI: small progressive enhancements (the pages work without it).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input.select-all").forEach(function (box) {
    box.addEventListener("change", function () {
      var table = box.closest("table");
      table.querySelectorAll("input[name=ids]").forEach(function (cb) { cb.checked = box.checked; });
    });
  });
  var bulk = document.getElementById("bulk");
  if (bulk) {
    bulk.addEventListener("submit", function (ev) {
      var n = bulk.querySelectorAll("input[name=ids]:checked").length;
      var action = bulk.querySelector("select[name=action]");
      if (n === 0) { ev.preventDefault(); alert("请先勾选告警。"); return; }
      if (action && action.value !== "evidence" && !confirm("确定对 " + n + " 条告警执行该操作？")) { ev.preventDefault(); }
    });
  }
  // Auto-submit the filter form when a select changes.
  var filters = document.getElementById("filters");
  if (filters) {
    filters.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () { filters.submit(); });
    });
  }
});
