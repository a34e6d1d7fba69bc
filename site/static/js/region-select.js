/* Narrow the regency list to the chosen province as soon as the province changes.
   Without JavaScript the form has a "Show regencies and cities" button that does the same on the server. */
(function () {
  "use strict";
  var form = document.querySelector("[data-region-form]");
  if (!form) return;
  var province = form.querySelector("[data-region-province]");
  var regency = form.querySelector("[data-region-regency]");
  if (!province || !regency) return;
  form.classList.add("js-regions");

  var placeholder = regency.options.length ? regency.options[0].cloneNode(true) : null;

  function fill(items) {
    var current = regency.value;
    regency.innerHTML = "";
    if (placeholder) regency.appendChild(placeholder.cloneNode(true));
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.code;
      option.textContent = item.name;
      if (item.code === current) option.selected = true;
      regency.appendChild(option);
    });
    regency.disabled = false;
  }

  province.addEventListener("change", function () {
    if (!province.value) { fill([]); return; }
    regency.disabled = true;
    fetch("/regions/" + encodeURIComponent(province.value) + "/regencies.json", {
      headers: { Accept: "application/json" }, credentials: "same-origin"
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) { fill(data.regencies); })
      .catch(function () {
        // Leave the server-side button usable if the list could not be fetched.
        regency.disabled = false;
        form.classList.remove("js-regions");
      });
  });
})();
