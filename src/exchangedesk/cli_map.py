"""``exchangedesk map``: the partnership map of the window, written to a PNG or a PDF."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, add_common, complain, db_location

_STATUSES = ("proposed", "letter_of_intent", "active", "suspended", "terminated")
_KINDS = ("twin_town", "sister_city", "partner_city", "friendship_city")


def add_map(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "map",
        help="write the partnership map as a PNG or PDF file",
        description="Draw the world with the home city, every partner city and one line per "
        "partnership, coloured and dashed by status, thicker the more was done in the last "
        "five years. The map shows the part of the world the home city and the partners are in "
        "(--world: all of it). FILE.png is a picture (--size), FILE.pdf an A4 page. Exit 2 when the "
        "database or the file cannot be used; no file is written then.",
    )
    parser.add_argument("--out", metavar="FILE.png|FILE.pdf", required=True)
    parser.add_argument(
        "--status",
        action="append",
        choices=_STATUSES,
        help="only partnerships with this status (repeat for several)",
    )
    parser.add_argument("--kind", action="append", choices=_KINDS, help="only this kind")
    parser.add_argument("--country", metavar="XX", help="only partnerships with a city there")
    parser.add_argument(
        "--world",
        action="store_true",
        help="draw the whole world instead of the part the partners are in",
    )
    parser.add_argument("--size", metavar="WxH", default="2400x1300", help="PNG size in pixels")
    add_common(parser)
    parser.set_defaults(handler=_cmd_map)


def _size(text: str) -> tuple[int, int] | None:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return None
    return (w, h) if 100 <= w <= 20000 and 100 <= h <= 20000 else None


def _cmd_map(args: argparse.Namespace) -> int:
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
    from exchangedesk.reports.map.scene import build_scene
    from exchangedesk.services.partnerships.lists import PartnershipFilter
    from exchangedesk.services.partnerships.map import partnership_map

    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix not in (".png", ".pdf"):
        complain(f"cannot write '{out}': give a file name ending in .png or .pdf")
        return EXIT_ERROR
    if out.is_dir() or not out.parent.is_dir():
        complain(f"cannot write '{out}': '{out.parent}' is not a folder one can write into")
        return EXIT_ERROR
    size = _size(args.size)
    if size is None:
        complain(f"--size '{args.size}' is not WIDTHxHEIGHT in pixels, e.g. 2400x1300")
        return EXIT_ERROR
    filters = PartnershipFilter(
        statuses=frozenset(PartnershipStatus(s) for s in args.status or ()),
        kinds=frozenset(PartnershipKind(k) for k in args.kind or ()),
        country=args.country,
    )
    opened = open_database(db_location(args), read_only=True)
    try:
        data = partnership_map(opened.database, filters)
    finally:
        opened.close()
    scene = build_scene(data)
    try:
        if suffix == ".pdf":
            from exchangedesk.reports.map.extent import WORLD
            from exchangedesk.reports.partnership_map import render_map_pdf

            out.write_bytes(render_map_pdf(scene, extent=WORLD if args.world else None))
        else:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: before Qt loads
            from exchangedesk.ui.partnerships.map_image import write_map_png

            if not write_map_png(scene, out, size, world=args.world):
                complain(f"cannot write '{out}'. No file was written.")
                return EXIT_ERROR
    except OSError as exc:
        complain(f"cannot write '{out}': {exc.strerror or exc}. No file was written.")
        return EXIT_ERROR
    print(f"{len(data.lines)} partnerships drawn to {out}")
    if data.unplaced:
        print(f"{data.unplaced} left off: a city without coordinates")
    return EXIT_OK
