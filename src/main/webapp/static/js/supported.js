// Loaded first in <body>, synchronously, instead of NHS.UK frontend's inline snippet (the CSP forbids
// inline script): marks the page as having JavaScript before it paints.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
