#!/usr/bin/env python3
"""Builds the dashboard's offline base layer, Sources/MarsadServer/Resources/dashboard/boundaries.geojson,
from Natural Earth's 10m admin-1 polygons for Syria and Iraq (public domain) as TopoJSON in
../shared/data/gazetteer/boundaries. Decodes the arcs, rounds coordinates to 0.001° (~100 m;
the layer is a backdrop, not a geocoding source) and keeps name, country and code.

Usage: python3 scripts/make-boundaries.py [../shared/data/gazetteer/boundaries]
"""
import json, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/data/gazetteer/boundaries")
out = os.path.join(os.path.dirname(__file__), "../Sources/MarsadServer/Resources/dashboard/boundaries.geojson")

def decode(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
        arcs.append(pts)
    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        # drop consecutive duplicates left by rounding
        clean = [pts[0]]
        for p in pts[1:]:
            if p != clean[-1]: clean.append(p)
        return clean
    features = []
    for obj in topo["objects"].values():
        for g in obj["geometries"]:
            if g["type"] == "Polygon":
                coords = [ring(r) for r in g["arcs"]]
            elif g["type"] == "MultiPolygon":
                coords = [[ring(r) for r in poly] for poly in g["arcs"]]
            else:
                continue
            p = g["properties"]
            features.append({"type": "Feature",
                             "properties": {"name": p["name"], "country": p["admin"], "code": p["adm1_code"]},
                             "geometry": {"type": g["type"], "coordinates": coords}})
    return features

features = []
for name in sorted(os.listdir(src)):
    if name.endswith(".topo.json"):
        features += decode(json.load(open(os.path.join(src, name))))
doc = {"type": "FeatureCollection",
       "source": "Natural Earth 10m admin-1 states and provinces (public domain), via scripts/make-boundaries.py",
       "features": features}
with open(out, "w") as f:
    json.dump(doc, f, separators=(",", ":"), ensure_ascii=False)
    f.write("\n")
print(f"{len(features)} governorates → {out} ({os.path.getsize(out)} bytes)")
