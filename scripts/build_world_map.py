"""Build veille/web/world-110m.json, the page's country outlines, from Natural Earth's 1:110m countries.

The outlines come from the npm package world-atlas (Natural Earth's data, public domain, as TopoJSON;
the package itself is ISC-licensed). Install it anywhere and give its folder:

    npm install --prefix /tmp/atlas world-atlas@2.0.2
    .venv/bin/python scripts/build_world_map.py /tmp/atlas/node_modules/world-atlas

The output holds one SVG path per country in an equirectangular projection (x = longitude, y = -latitude,
in degrees), so that the page draws the map with no decoder and no tile server.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "veille" / "web" / "world-110m.json"
PACKAGE = "world-atlas"
DECIMALS = 2


def arcs_of(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute (lon, lat) points (quantized arcs are stored as deltas)."""
    transform = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        out.append(points)
    return out


def ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    """One closed ring from arc indexes (~i: arc i reversed), without repeating the shared points."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    return points


def path(polygons: list[list[list[int]]], arcs: list) -> str:
    parts = []
    for polygon in polygons:
        for indexes in polygon:
            pts = [(round(lon, DECIMALS), round(-lat, DECIMALS)) for lon, lat in ring(indexes, arcs)]
            kept = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            if len(kept) >= 3:
                parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in kept) + "Z")
    return "".join(parts)


def build(package: Path) -> dict:
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    topology = json.loads((package / "countries-110m.json").read_text(encoding="utf-8"))
    arcs = arcs_of(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = ([geometry["arcs"]] if kind == "Polygon" else geometry["arcs"] if kind == "MultiPolygon"
                    else [])
        d = path(polygons, arcs)
        if d:
            name = (geometry.get("properties") or {}).get("name")
            countries.append({"id": geometry.get("id"), "name": name, "d": d})
    countries.sort(key=lambda c: c["name"] or "")
    return {"source": f"Natural Earth 1:110m countries, via the npm package {PACKAGE} {meta['version']} "
                      "(countries-110m.json)",
            "licence": "Natural Earth: public domain; world-atlas: ISC",
            "projection": "equirectangular: x = longitude, y = -latitude (degrees)",
            "countries": countries}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "countries-110m.json").is_file():
        print(__doc__, file=sys.stderr)
        return 2
    data = build(Path(argv[0]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['countries'])} countries -> {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
