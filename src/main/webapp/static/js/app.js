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

// The asset map's maps: over the finder's list of results, and beside a service's venues (the list is the text
// alternative and works alone). Drawn where the page offers one (tiles configured) once Leaflet has loaded, and
// redrawn whenever htmx brings new results. Places closer on screen than a pin's size share one pin (its popup
// lists them all), so no pin covers another and each is a whole target; the pins are grouped again on zooming.
const PIN = 34;

function drawAssetMaps() {
  document.querySelectorAll('.asset-map[data-tiles]').forEach(drawAssetMap);
}

function drawAssetMap(canvas) {
  if (!canvas.dataset.tiles) return;
  if (!window.L) {
    const script = document.getElementById('leaflet-js');
    if (script && !script.dataset.waiting) {
      script.dataset.waiting = 'true';
      script.addEventListener('load', drawAssetMaps);
    }
    return;
  }
  const places = Array.from(document.querySelectorAll(canvas.dataset.places)).map((place) => ({
    at: [parseFloat(place.dataset.lat), parseFloat(place.dataset.lng)],
    name: place.dataset.name,
    href: place.dataset.href,
  }));
  canvas.hidden = places.length === 0;
  if (canvas.hidden) return;
  if (!canvas.leafletMap) {
    canvas.leafletMap = window.L.map(canvas, { scrollWheelZoom: false });
    window.L.tileLayer(canvas.dataset.tiles, { maxZoom: 18, attribution: canvas.dataset.attribution || '' })
      .addTo(canvas.leafletMap);
    canvas.markers = window.L.layerGroup().addTo(canvas.leafletMap);
    canvas.leafletMap.on('zoomend', () => pinAssetMap(canvas));
  }
  canvas.places = places;
  canvas.leafletMap.invalidateSize();
  canvas.leafletMap.fitBounds(places.map((p) => p.at), { padding: [PIN, PIN], maxZoom: 15 });
  pinAssetMap(canvas);
}

function pinAssetMap(canvas) {
  const map = canvas.leafletMap;
  canvas.markers.clearLayers();
  const pins = [];
  canvas.places.forEach((place) => {
    const point = map.latLngToLayerPoint(place.at);
    const near = pins.find((pin) => Math.abs(pin.point.x - point.x) < PIN + 2 && Math.abs(pin.point.y - point.y) < PIN + 2);
    if (near) near.places.push(place); else pins.push({ point, at: place.at, places: [place] });
  });
  pins.forEach((pin) => {
    const count = pin.places.length;
    const names = pin.places.map((p) => p.name).join(', ');
    const popup = document.createElement('ul');
    popup.className = 'asset-map__popup';
    pin.places.forEach((p) => {
      const item = document.createElement('li');
      const label = p.href ? document.createElement('a') : document.createElement('span');
      if (p.href) label.href = p.href;
      label.textContent = p.name;
      item.appendChild(label);
      popup.appendChild(item);
    });
    const icon = window.L.divIcon({ className: 'asset-map__pin', html: count > 1 ? String(count) : '',
      iconSize: [PIN, PIN], iconAnchor: [PIN / 2, PIN / 2], popupAnchor: [0, -PIN / 2] });
    window.L.marker(pin.at, { icon, title: count > 1 ? count + ' places: ' + names : names, alt: names })
      .bindPopup(popup).addTo(canvas.markers);
  });
}

drawAssetMaps();
document.addEventListener('htmx:afterSettle', drawAssetMaps);

// "Use my location" on the asset map: offered only where the browser can tell (the button is hidden without
// JavaScript, and the postcode field does the same job); the location is asked for only when it is pressed, sent
// rounded to about 100 metres, and never stored.
function offerLocation() {
  const button = document.getElementById('use-location');
  if (!button || !navigator.geolocation || button.dataset.ready) return;
  button.dataset.ready = 'true';
  button.hidden = false;
  const status = document.getElementById('location-status');
  const postcode = document.getElementById('postcode');
  // a postcode typed after the location was used is where to measure from
  if (postcode) postcode.addEventListener('input', () => { document.getElementById('near').value = ''; });
  button.addEventListener('click', () => {
    status.textContent = 'Finding your location…';
    navigator.geolocation.getCurrentPosition((position) => {
      const form = button.closest('form');
      form.querySelector('#near').value = position.coords.latitude.toFixed(3) + ',' + position.coords.longitude.toFixed(3);
      form.querySelector('#sort').value = '';
      status.textContent = 'Showing the nearest first.';
      form.requestSubmit();
    }, () => {
      status.textContent = 'We could not get your location. Enter a postcode instead.';
    }, { maximumAge: 600000, timeout: 15000 });
  });
}

offerLocation();
