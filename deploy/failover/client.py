#!/usr/bin/env python3
"""The failover check's client: signs residents in through Keycloak, checks the sessions, the search and the
back-channel logout across both servers, then reads and posts through the load balancer while run.sh kills one
server, and writes what it saw. Standard library only; every address is on loopback.

    client.py prepare   sign in, steward's edit and search, back-channel logout     (state in $WORK/state.json)
    client.py load      reads and replies through the balancer until $WORK/stop    (acknowledged replies in $WORK/acked.txt)
    client.py after     the resident's session still works through the survivor
    client.py restored  a portal on a restored copy shows the same things, its audit trails holding
"""
import html.parser
import http.cookiejar
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

WORK = os.environ["WORK"]
BALANCER = os.environ["BALANCER"]          # http://localhost:9480
SERVERS = os.environ["SERVERS"].split()     # http://localhost:9481 http://localhost:9482
KEYCLOAK = os.environ["KEYCLOAK"]           # http://localhost:8380
PASSWORD = "demo-password"
FORUM = "kingsmead-general"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Form(html.parser.HTMLParser):
    """The fields of the form whose action ends with `action` (or the first form), as sent by a browser."""

    def __init__(self, action=None):
        super().__init__()
        self.action, self.found, self.inside, self.fields, self.textarea, self.select = action, None, False, [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and self.found is None and (self.action is None or (a.get("action") or "").endswith(self.action)):
            self.found, self.inside = a.get("action"), True
        elif self.inside and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append([a["name"], a.get("value") or ""])
        elif self.inside and tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)
        elif self.inside and tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.fields.append(self.select)
        elif self.inside and tag == "option" and self.select is not None:
            # the selected option, else the first with a value (a browser's user picks one)
            if "selected" in a or not self.select[1]:
                self.select[1] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def form(page, action=None):
    parser = Form(action)
    parser.feed(page)
    return parser.found, [(k, v or "") for k, v in parser.fields]


class LoopbackIsSecure(http.cookiejar.DefaultCookiePolicy):
    """As browsers do, http://localhost counts as secure: Keycloak's Secure cookies are sent back to it."""

    def return_ok_secure(self, cookie, request):
        return True


class Browser:
    """A resident's browser: cookies for every port of localhost (as a browser keeps them), redirects followed."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar(LoopbackIsSecure())
        self.follow = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.stay = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def get(self, url, follow=True, timeout=10):
        try:
            with (self.follow if follow else self.stay).open(url, timeout=timeout) as r:
                return r.status, r.geturl(), r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, url, e.read().decode("utf-8", "replace")

    def post(self, url, fields, follow=True, timeout=10, headers=None):
        data = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with (self.follow if follow else self.stay).open(request, timeout=timeout) as r:
                return r.status, r.geturl(), r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, url, e.read().decode("utf-8", "replace")

    def sign_in(self, username, base):
        """Keycloak's identity-first sign-in: the username, then the password; back on the portal."""
        status, url, page = self.get(base + "/login?next=/account")
        for field in ("username", "password"):
            if not url.startswith(KEYCLOAK):
                break
            action, fields = form(page)
            if action is None:
                raise SystemExit(f"{username}: no sign-in form at {url} ({status}):\n{page[:800]}")
            fields = [(k, v) for k, v in fields if k not in ("username", "password")]
            fields.append(("username", username))
            if 'name="password"' in page:
                fields.append(("password", PASSWORD))
            status, url, page = self.post(urllib.parse.urljoin(url, action.replace("&amp;", "&")), fields)
        if "/account/profile" in url:
            action, fields = form(page, "/account/profile")
            fields = dict(fields)
            fields["displayName"] = fields.get("displayName") or username.capitalize()
            status, url, page = self.post(urllib.parse.urljoin(url, action), list(fields.items()))
        if not url.startswith(base) or status != 200:
            raise SystemExit(f"{username} could not sign in: {status} {url}\n{page[:500]}")

    def account(self, base):
        """200 while signed in; 303 to the sign-in when not."""
        return self.get(base + "/account", follow=False)[0]


def wait_until(seconds, check, what):
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if check():
            return time.monotonic() - start
        time.sleep(0.2)
    raise SystemExit(f"not within {seconds} s: {what}")


def keycloak_admin_logout(username):
    token = json.loads(urllib.request.urlopen(urllib.request.Request(
        KEYCLOAK + "/realms/master/protocol/openid-connect/token",
        data=urllib.parse.urlencode({"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                                     "password": os.environ.get("KC_ADMIN_PASSWORD", "admin")}).encode()),
        timeout=10).read())["access_token"]
    auth = {"Authorization": "Bearer " + token}
    users = json.loads(urllib.request.urlopen(urllib.request.Request(
        KEYCLOAK + "/admin/realms/care-communities/users?exact=true&username=" + username, headers=auth),
        timeout=10).read())
    urllib.request.urlopen(urllib.request.Request(
        KEYCLOAK + f"/admin/realms/care-communities/users/{users[0]['id']}/logout", data=b"", headers=auth,
        method="POST"), timeout=10)


def prepare():
    state = {}
    a, b = SERVERS
    # a resident signs in through the balancer: the session is good on both servers
    rosa = Browser()
    rosa.sign_in("rosa", BALANCER)
    assert rosa.account(a) == 200 and rosa.account(b) == 200, "rosa's sign-in holds on both servers"
    status, url, page = rosa.get(BALANCER + "/forums/" + FORUM)
    thread = re.search(r'href="(/forums/' + FORUM + r'/threads/\d+)"', page).group(1)
    state["thread"] = thread
    state["cookies"] = [(c.name, c.value, c.domain, c.path) for c in rosa.jar]
    # a steward edits a listing on one server; the other finds it by search
    sam = Browser()
    sam.sign_in("sam", BALANCER)
    # a published listing of the steward's group, as anyone sees it
    status, url, page = Browser().get(a + "/asset-map/groups/riverside-food-pantry")
    service = re.search(r'href="/asset-map/services/([^"/?#]+)"', page).group(1)
    edit = f"/asset-map/groups/riverside-food-pantry/services/{service}/edit"
    status, url, page = sam.get(a + edit)
    action, fields = form(page, edit)
    if action is None:
        raise SystemExit(f"no form to edit {service} ({status}): {page[:500]}")
    word = "failover" + str(int(time.time()))
    fields = [(k, (v + " " + word).strip() if k == "description" else v) for k, v in fields]
    status, url, page = sam.post(a + action, fields, follow=False)
    assert status in (200, 303), f"the steward's edit on {a}: {status} {page[:300]}"
    saved = time.monotonic()
    found = wait_until(30, lambda: word in sam.get(b + "/asset-map?q=" + word)[2]
                       and "No services" not in sam.get(b + "/asset-map?q=" + word)[2], "the edit found on the other")
    state["search_seconds"] = round(time.monotonic() - saved, 2)
    # a back-channel logout reaches one server and ends the session on both
    lena = Browser()
    lena.sign_in("lena", BALANCER)
    assert lena.account(a) == 200 and lena.account(b) == 200, "lena's sign-in holds on both"
    keycloak_admin_logout("lena")
    sent = time.monotonic()
    wait_until(30, lambda: lena.account(a) != 200 and lena.account(b) != 200, "lena signed out on both servers")
    state["logout_seconds"] = round(time.monotonic() - sent, 2)
    json.dump(state, open(os.path.join(WORK, "state.json"), "w"))
    print(f"prepared: sessions shared; the steward's edit on one server found by search on the other in "
          f"{state['search_seconds']} s; a back-channel logout ended the session on both in {state['logout_seconds']} s")


def restore(browser, state):
    for name, value, domain, path in state["cookies"]:
        browser.jar.set_cookie(http.cookiejar.Cookie(0, name, value, None, False, domain, False, False, path, True,
                                                     False, None, False, None, None, {}))


def load():
    state = json.load(open(os.path.join(WORK, "state.json")))
    rosa = Browser()
    restore(rosa, state)
    thread = BALANCER + state["thread"]
    lock = threading.Lock()
    seen = {"requests": 0, "reads": 0, "writes": 0, "5xx": 0, "refused": 0, "signed_out": 0}
    acked = []
    stop = os.path.join(WORK, "stop")

    def work(worker):
        n = 0
        while not os.path.exists(stop):
            n += 1
            if n % 3 == 0:
                status, url, page = rosa.get(thread, timeout=15)
                token = re.search(r'name="_csrf" value="([^"]+)"', page)
                if status == 200 and token:
                    marker = f"failover-{worker}-{n}-{int(time.time() * 1000)}"
                    status, url, page = rosa.post(thread + "/replies", [("_csrf", token.group(1)),
                                                                         ("body", "Reply " + marker)],
                                                  follow=False, timeout=15)
                    with lock:
                        seen["requests"] += 1
                        seen["writes"] += 1
                        if status in (200, 303):
                            acked.append(marker)
                        elif status >= 500:
                            seen["5xx"] += 1
                        else:
                            seen["refused"] += 1
                continue
            status, url, page = rosa.get(thread, follow=False, timeout=15)
            with lock:
                seen["requests"] += 1
                seen["reads"] += 1
                if status >= 500:
                    seen["5xx"] += 1
                elif status != 200:
                    seen["signed_out" if status == 303 else "refused"] += 1

    workers = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    open(os.path.join(WORK, "acked.txt"), "w").write("\n".join(acked) + "\n")
    json.dump(seen, open(os.path.join(WORK, "seen.json"), "w"))
    print("load: " + ", ".join(f"{k} {v}" for k, v in seen.items()) + f", acknowledged replies {len(acked)}")


def after():
    state = json.load(open(os.path.join(WORK, "state.json")))
    rosa = Browser()
    restore(rosa, state)
    status = rosa.account(BALANCER)
    assert status == 200, f"the resident's session after the server died: {status}"
    print("after: the resident's session still works through the survivor")


def restored():
    """The portal started on a restored copy: the same threads, services and agreements, each audit trail holding."""
    expected = json.load(open(os.path.join(WORK, "expected.json")))
    anyone = Browser()
    for path, text in expected["pages"]:
        status, url, page = anyone.get(BALANCER + path)
        assert status == 200 and text in page, f"{path} on the restored copy: {status}, looking for {text!r}"
    bea = Browser()
    bea.sign_in("bea", BALANCER)
    trails = 0
    for agreement in expected["agreements"]:
        status, url, page = bea.get(BALANCER + f"/partnerships/agreements/{agreement}/audit")
        assert status == 200 and "The chain holds:" in page, f"the audit trail of {agreement}: {status} {page[:300]}"
        trails += 1
    print(f"restored: {len(expected['pages'])} pages as before, {trails} audit trails holding, signed in as a board member")


if __name__ == "__main__":
    {"prepare": prepare, "load": load, "after": after, "restored": restored}[sys.argv[1]]()
