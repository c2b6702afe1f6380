// Starts the vendored Swagger UI on the API's OpenAPI document (kept out of the HTML so the page
// needs no inline script).
"use strict";
window.ui = SwaggerUIBundle({ url: document.getElementById("swagger-ui").dataset.spec, dom_id: "#swagger-ui", deepLinking: true });
