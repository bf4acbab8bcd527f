// Progressive enhancement only: every page works without this file.
import { initAll } from '../nhsuk/nhsuk-frontend.min.js';

const MAIN_ID = 'maincontent';
const STATUS_ID = 'status-message';

initAll();

function announce(text) {
  const region = document.getElementById(STATUS_ID);
  if (!region || !text) return;
  // clear first so the same message twice is still announced
  region.textContent = '';
  window.setTimeout(() => { region.textContent = text; }, 50);
}

function focusHeading(container) {
  const summary = container.querySelector('.nhsuk-error-summary');
  const target = summary || container.querySelector('h1, h2');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: summary === null });
  if (!summary) announce(target.textContent.trim());
}

// New content from the server: start its NHS.UK components, and read out any news it carries. htmx:load fires
// on the new elements themselves, which matters when the element that asked (a poller swapped outerHTML) is gone.
document.addEventListener('htmx:load', (event) => {
  const elt = event.detail.elt;
  initAll({ scope: elt });
  if (elt === document.body || !(elt instanceof Element)) return;
  const news = elt.matches('[data-announce]') ? elt : elt.querySelector('[data-announce]');
  if (news && news.getAttribute('data-announce')) announce(news.getAttribute('data-announce'));
});

document.addEventListener('htmx:afterSettle', (event) => {
  if (!event.detail.target) return;
  // an outerHTML swap leaves the event pointing at the element it replaced: look up its successor
  const id = event.detail.target.id;
  const target = (id && document.getElementById(id)) || event.detail.target;
  // a new page in <main>: move focus to its heading, as a full page load would put the reader at the top
  if (target.id === MAIN_ID) {
    focusHeading(target);
    return;
  }
  // a part of the page (search results, a form): leave focus where the person is typing
  const summary = target.querySelector('.nhsuk-error-summary');
  if (summary) summary.focus();
});

// the sign-out page's form to Keycloak: send it at once (the button is there for people without JavaScript)
const endSession = document.querySelector('form[data-auto-submit]');
if (endSession) endSession.submit();
