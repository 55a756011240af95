#!/usr/bin/env python3
"""Draws a Panj batch's GIS files as a map, the way a GIS would show them: a check that the files stand alone.

Usage: docs/tools/plot-geojson.py FOLDER --out IMAGE.png [--metric interdiction_rate]

Reads FOLDER/sectors.geojson, FOLDER/deployment.geojson and, when present, FOLDER/events.geojson with Python's json
only (no Panj code), and draws them with matplotlib in longitude/latitude (WGS84, as QGIS shows them unprojected):
the country outlines of Panj's region.geojson under them, each border sector coloured by a metric of its properties
(viridis; grey where the sector saw no attempt), and the deployment's posts, crossings, bases, staging areas and
objectives over them. Debian: `apt-get install python3-matplotlib`, then run with /usr/bin/python3.
"""
import argparse
import json
import math
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HERE, "..", "..", "scenarios", "src", "main", "resources", "dev", "panj", "scenarios", "geo",
                      "region.geojson")
# Okabe–Ito, as Panj's own charts.
STYLES = {
    "border post": dict(marker="o", color="#333333", s=7, label="border post"),
    "sensor": dict(marker="s", color="#CC79A7", s=7, label="unattended sensor"),
    "official crossing": dict(marker="D", color="#009E73", s=34, label="official crossing"),
    "reaction unit base": dict(marker="s", color="#E69F00", s=34, label="reaction-unit base"),
    "staging area": dict(marker="^", color="#D55E00", s=55, label="staging area"),
    "objective": dict(marker="s", color="#0072B2", s=40, label="objective"),
}
EVENTS = {
    "interdiction": dict(marker="x", color="#0072B2", s=14, label="interdiction (events)"),
    "leak": dict(marker="+", color="#D55E00", s=22, label="leak (events)"),
}
LAND = {"TJK": "#F3EAD3", "AFG": "#DCD6CB", "KGZ": "#E9ECE4"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rings(geometry):
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--out", required=True)
    parser.add_argument("--metric", default="interdiction_rate")
    args = parser.parse_args()

    sectors = load(os.path.join(args.folder, "sectors.geojson"))
    deployment = load(os.path.join(args.folder, "deployment.geojson"))
    events_path = os.path.join(args.folder, "events.geojson")
    events = load(events_path) if os.path.exists(events_path) else None

    xs = [c[0] for f in sectors["features"] for c in f["geometry"]["coordinates"]]
    ys = [c[1] for f in sectors["features"] for c in f["geometry"]["coordinates"]]
    xs += [f["geometry"]["coordinates"][0] for f in deployment["features"] if f["geometry"]["type"] == "Point"]
    ys += [f["geometry"]["coordinates"][1] for f in deployment["features"] if f["geometry"]["type"] == "Point"]
    pad = 0.35
    west, east, south, north = min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad

    fig, ax = plt.subplots(figsize=(10, 7.2), dpi=110)
    ax.set_facecolor("#FAFAFA")
    for country in load(REGION)["features"]:
        code = country["properties"].get("iso_a3")
        for ring in rings(country["geometry"]):
            ax.fill([p[0] for p in ring], [p[1] for p in ring], color=LAND.get(code, "#F1F1F1"), ec="#9A9A9A",
                    lw=0.6, zorder=1)
        if code and country["properties"].get("kind") != "shared_boundary":
            label = {"AFG": (69.2, 36.9), "TJK": (71.4, 38.9), "UZB": (68.2, 39.8), "KGZ": (73.4, 40.2),
                     "CHN": (75.1, 38.4)}.get(code)
            if label and west < label[0] < east and south < label[1] < north:
                ax.text(*label, country["properties"]["name"].split(" (")[0].upper(), fontsize=9, color="#555555",
                        ha="center", zorder=2)

    segments, values, greys = [], [], []
    for f in sectors["features"]:
        line = [tuple(c) for c in f["geometry"]["coordinates"]]
        value = f["properties"].get(args.metric)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            greys.append(line)
        else:
            segments.append(line)
            values.append(value)
    ax.add_collection(LineCollection(greys, colors="#BBBBBB", linewidths=4.5, zorder=3))
    lines = LineCollection(segments, cmap="viridis", linewidths=4.5, zorder=4)
    lines.set_array(values)
    lines.set_clim(0, 1)
    ax.add_collection(lines)
    bar = fig.colorbar(lines, ax=ax, shrink=0.7, pad=0.02)
    bar.set_label(args.metric.replace("_", " ") + " of the sector (sectors.geojson)")

    for kind, style in STYLES.items():
        points = [f["geometry"]["coordinates"] for f in deployment["features"]
                  if f["properties"].get("kind") == kind and f["geometry"]["type"] == "Point"]
        if points:
            ax.scatter([p[0] for p in points], [p[1] for p in points], zorder=6, edgecolors="white", linewidths=0.5,
                       **{k: v for k, v in style.items() if k != "label"}, label="%s (%d)" % (style["label"],
                                                                                            len(points)))
    if events is not None:
        for kind, style in EVENTS.items():
            points = [f["geometry"]["coordinates"] for f in events["features"] if f["properties"]["kind"] == kind]
            if points:
                ax.scatter([p[0] for p in points], [p[1] for p in points], zorder=5,
                           **{k: v for k, v in style.items() if k != "label"},
                           label="%s (%d)" % (style["label"], len(points)))

    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    # Degrees of longitude are shorter than degrees of latitude here: keep the map's shape.
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_xlabel("longitude (°E, WGS84)")
    ax.set_ylabel("latitude (°N, WGS84)")
    panj = sectors.get("panj", {})
    ax.set_title("%s: %d sectors, %s replications — drawn from the GeoJSON files alone"
                 % (panj.get("scenario", "?"), len(sectors["features"]), panj.get("replications", "?")), fontsize=11)
    ax.legend(loc="lower right", fontsize=8, framealpha=0.9)
    fig.tight_layout()
    fig.savefig(args.out)
    print("wrote " + args.out)


if __name__ == "__main__":
    main()
