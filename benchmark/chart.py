#!/usr/bin/env python3
"""Draws the benchmark's shares of the static file as an SVG bar chart, one bar per run for each load.

Usage: python3 benchmark/chart.py out.svg "label=path/to/benchmark-figures.md" ["label=..."]
(the figures files are what a run of  mvn -f benchmark/pom.xml gatling:test  writes to target/).
"""
import sys
from xml.sax.saxutils import escape

COLOURS = ["#768692", "#005eb8", "#009639", "#ffb81c"]


def shares(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 8 and cells[3].endswith("%"):
            rows[cells[0]] = float(cells[3].rstrip("%"))
    return rows


def main(out, runs):
    data = [(label, shares(path)) for label, path in (r.split("=", 1) for r in runs)]
    loads = [name for name in data[-1][1] if not name.startswith("static file")]
    top = max(max(s.get(n, 0) for n in loads) for _, s in data)
    width, left, bar, gap = 900, 330, 11, 10
    scale = (width - left - 70) / top
    height = 40 + len(loads) * (bar * len(data) + gap) + 30
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="Arial, sans-serif" font-size="12" role="img">',
           f'<title>Throughput as a share of the static file, per load</title>',
           f'<rect width="{width}" height="{height}" fill="#fff"/>']
    for i, (label, _) in enumerate(data):
        svg.append(f'<rect x="{left + i * 160}" y="8" width="12" height="12" fill="{COLOURS[i % 4]}"/>'
                   f'<text x="{left + i * 160 + 18}" y="18">{escape(label)}</text>')
    y = 40
    for name in loads:
        svg.append(f'<text x="{left - 8}" y="{y + bar * len(data) / 2 + 4}" text-anchor="end">{escape(name)}</text>')
        for i, (_, s) in enumerate(data):
            value = s.get(name)
            if value is not None:
                svg.append(f'<rect x="{left}" y="{y}" width="{value * scale:.1f}" height="{bar - 1}" '
                           f'fill="{COLOURS[i % 4]}"/><text x="{left + value * scale + 4:.1f}" y="{y + bar - 2}" '
                           f'font-size="10">{value:.1f}%</text>')
            y += bar
        y += gap
    for mark in (25, 60, 100):
        if mark <= top:
            x = left + mark * scale
            svg.append(f'<line x1="{x:.1f}" y1="34" x2="{x:.1f}" y2="{y}" stroke="#d8dde0" stroke-dasharray="4 3"/>'
                       f'<text x="{x:.1f}" y="{y + 14}" text-anchor="middle" font-size="10">{mark}%</text>')
    svg.append("</svg>")
    open(out, "w", encoding="utf-8").write("\n".join(svg) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
