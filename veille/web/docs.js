// Swagger UI over this server's OpenAPI document; its assets come from this server (no CDN), and the
// online validator is off so that no request leaves the machine.
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    tryItOutEnabled: false,
  });
});
