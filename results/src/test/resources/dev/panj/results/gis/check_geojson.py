"""Independent reader of Panj's GeoJSON files: Python's json and plain geometry, no Panj code.

Usage: check_geojson.py FILE BORDERS --region W S E N --box W S E N --near KINDS KM [--on BORDER KM]

Checks that FILE is a FeatureCollection of Point/LineString features with [lon, lat] positions; that every
position lies inside the region; that every vertex of a feature whose kind is in KINDS (comma-separated) lies inside
the box and within KM km of a border line of BORDERS (the Natural Earth boundary lines Panj reads); with --on, that
every vertex of a
sector of that border (property "border") lies within KM km of that very line. Prints a JSON summary; exit status 1
with the reasons on standard error when a check fails.
"""
import json
import math
import sys

KM_PER_DEGREE = 6371.0088 * math.pi / 180


def lines(borders_path):
    with open(borders_path, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feature in data["features"]:
        name = "-".join(feature["properties"]["countries"])
        geometry = feature["geometry"]
        parts = [geometry["coordinates"]] if geometry["type"] == "LineString" else geometry["coordinates"]
        out[name] = parts
    return out


def distance_km(p, parts):
    """Shortest distance from p to the polylines, on a local equirectangular plane about p's latitude."""
    kx = KM_PER_DEGREE * math.cos(math.radians(p[1]))
    ky = KM_PER_DEGREE
    best = float("inf")
    for part in parts:
        for a, b in zip(part, part[1:]):
            ax, ay = (a[0] - p[0]) * kx, (a[1] - p[1]) * ky
            bx, by = (b[0] - p[0]) * kx, (b[1] - p[1]) * ky
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def positions(geometry):
    if geometry["type"] == "Point":
        return [geometry["coordinates"]]
    if geometry["type"] == "LineString":
        return geometry["coordinates"]
    raise ValueError("unexpected geometry " + geometry["type"])


def main(argv):
    path, borders_path = argv[1], argv[2]
    box = [float(v) for v in argv[argv.index("--box") + 1:argv.index("--box") + 5]]
    region = [float(v) for v in argv[argv.index("--region") + 1:argv.index("--region") + 5]]
    near = argv.index("--near")
    kinds = set(argv[near + 1].split(","))
    near_km = float(argv[near + 2])
    on_border, on_km = None, None
    if "--on" in argv:
        on_border, on_km = argv[argv.index("--on") + 1], float(argv[argv.index("--on") + 2])
    border_lines = lines(borders_path)
    every_line = [part for parts in border_lines.values() for part in parts]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    problems = []
    if data.get("type") != "FeatureCollection":
        problems.append("not a FeatureCollection")
    summary = {"features": 0, "positions": 0, "kinds": {}, "max_near_km": 0.0, "max_on_km": 0.0,
               "on_features": 0, "bbox": [180.0, 90.0, -180.0, -90.0]}
    for feature in data["features"]:
        summary["features"] += 1
        props = feature["properties"]
        kind = props.get("kind", "")
        summary["kinds"][kind] = summary["kinds"].get(kind, 0) + 1
        on = on_border is not None and kind == "sector" and props.get("border") == on_border
        summary["on_features"] += 1 if on else 0
        for p in positions(feature["geometry"]):
            summary["positions"] += 1
            if len(p) != 2 or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in p):
                problems.append("%s: bad position %r" % (feature["id"], p))
                continue
            bb = summary["bbox"]
            summary["bbox"] = [min(bb[0], p[0]), min(bb[1], p[1]), max(bb[2], p[0]), max(bb[3], p[1])]
            if not (region[0] <= p[0] <= region[2] and region[1] <= p[1] <= region[3]):
                problems.append("%s: %r outside the region %r" % (feature["id"], p, region))
            if kind in kinds:
                if not (box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]):
                    problems.append("%s: %r outside the box %r" % (feature["id"], p, box))
                d = distance_km(p, every_line)
                summary["max_near_km"] = max(summary["max_near_km"], d)
                if d > near_km:
                    problems.append("%s: %r is %.1f km from every border" % (feature["id"], p, d))
            if on:
                d = distance_km(p, border_lines[on_border])
                summary["max_on_km"] = max(summary["max_on_km"], d)
                if d > on_km:
                    problems.append("%s: %r is %.3f km off %s" % (feature["id"], p, d, on_border))
    print(json.dumps(summary, sort_keys=True))
    if problems:
        sys.stderr.write("\n".join(problems[:20]) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
