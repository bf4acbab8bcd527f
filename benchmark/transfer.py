#!/usr/bin/env python3
"""What a first visit to a page transfers (issue 24: at most 100 KB compressed), as a browser with an empty cache
would fetch it: the page, its style sheets, its scripts and the modules they import, each asked with
`Accept-Encoding: gzip` and counted as sent (headers and compressed body). Images and map tiles are not counted.

Usage: benchmark/transfer.py [BASE] PATH...      (BASE defaults to http://localhost:9080)
"""
import http.client
import re
import sys
import urllib.parse

ASSETS = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')
IMPORTS = re.compile(r'(?:\bimport\b[^\'"]*?|\bfrom\s*)[\'"]([^\'"]+\.m?js)[\'"]')


def fetch(base, path):
    url = urllib.parse.urljoin(base, path)
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
    connection.request("GET", parts.path + ("?" + parts.query if parts.query else ""),
                       headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    headers = sum(len(k) + len(v) + 4 for k, v in response.getheaders()) + len("HTTP/1.1 200 OK\r\n\r\n")
    connection.close()
    encoding = response.getheader("Content-Encoding") or "none"
    if encoding == "gzip":
        import gzip
        text = gzip.decompress(body)
    else:
        text = body
    return url, response.status, len(body) + headers, encoding, text.decode("utf-8", "replace")


def visit(base, path):
    url, status, size, encoding, page = fetch(base, path)
    rows = [(path, status, size, encoding)]
    queue = [urllib.parse.urljoin(url, a.replace("&amp;", "&")) for a in ASSETS.findall(page)]
    seen = set()
    while queue:
        asset = queue.pop(0)
        if asset in seen or urllib.parse.urlsplit(asset).netloc != urllib.parse.urlsplit(url).netloc:
            continue
        seen.add(asset)
        _, status, size, encoding, text = fetch(base, asset)
        rows.append((urllib.parse.urlsplit(asset).path, status, size, encoding))
        if asset.split("?")[0].endswith((".js", ".mjs")):
            queue += [urllib.parse.urljoin(asset, i) for i in IMPORTS.findall(text) if i.startswith((".", "/"))]
    return rows


def main():
    args = sys.argv[1:]
    base = args.pop(0) if args and args[0].startswith("http") else "http://localhost:9080"
    for path in args:
        rows = visit(base, path)
        total = sum(r[2] for r in rows)
        print(f"\n{path}: {total / 1024:.1f} KB in {len(rows)} responses")
        for name, status, size, encoding in rows:
            print(f"  {size / 1024:7.1f} KB  {status}  {encoding:5}  {name}")


if __name__ == "__main__":
    main()
