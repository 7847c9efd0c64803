// Starts GOV.UK Frontend's components (a module script: it runs only where the design system's JavaScript is
// supported, the class tells its styles so). A file, not inline code, so that the Content Security Policy can
// forbid inline scripts.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
