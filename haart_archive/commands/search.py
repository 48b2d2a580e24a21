"""`haart-archive search` and `reindex`, and `check` (the whole-archive check)."""

from __future__ import annotations

import argparse
import re
import sys

from haart_archive.commands.common import (
    ProgressLine,
    add_path,
    add_user_option,
    open_archive,
    print_json,
)

HIGHLIGHT = re.compile(r"</?b>")


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser("search", help="full-text search")
    add_path(search)
    search.add_argument("query", help='e.g. passport AND county:kilifi, "took my passport", recruit*, Mombasa~')
    search.add_argument("--tier", choices=["story", "public"], help="default: originals if your role may read them")
    search.add_argument("--facets", action="store_true", help="show facet counts")
    search.add_argument("--filter", action="append", default=[], metavar="FACET:VALUE", help="e.g. county:kilifi")
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--page", type=int, default=1)
    add_user_option(search)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)

    reindex = subparsers.add_parser("reindex", help="rebuild the search indexes from the archive")
    add_path(reindex)
    add_user_option(reindex)
    reindex.set_defaults(handler=run_reindex)

    check = subparsers.add_parser("check", help="read every page, value and file; report damage")
    add_path(check)
    add_user_option(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_check)


def _filters(items: list[str]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for item in items:
        facet, _, value = item.partition(":")
        filters.setdefault(facet.strip(), []).append(value.strip())
    return filters


def run_search(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        results = archive.search.search(args.query, tier=args.tier, filters=_filters(args.filter),
                                        sort=args.sort, page=args.page, page_size=args.limit)
        notice = archive.search.rebuild_notice
    if notice:
        print(notice, file=sys.stderr)
    if args.json:
        data = results.to_json()
        if not args.facets:
            data.pop("facets", None)
        print_json(data)
        return 0
    print(f"{results.total} result(s)" + (f"; did you mean: {results.suggestion}" if results.suggestion else ""))
    for hit in results.hits:
        print(f"\n{hit.id}  {hit.title}  (score {hit.score:.2f})")
        for fragment in hit.fragments:
            print("   ..." + HIGHLIGHT.sub("*", fragment) + "...")
    if args.facets:
        for facet, counts in results.facets.items():
            print(f"\n{facet}: " + ", ".join(f"{value} ({count})" for value, count in counts))
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    with open_archive(args) as archive, ProgressLine("Rebuilding the search indexes", counts=True) as progress:
        archive.search.rebuild(progress=progress)
    print("The search indexes were rebuilt.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive, ProgressLine("Checking", counts=True) as progress:
        result = archive.check(progress=progress)
    if args.json:
        print_json(result.__dict__)
    elif result.ok:
        print(f"The archive is intact: every page, {result.values_checked} sealed values and "
              f"{result.blobs_checked} files checked.")
    else:
        print("Problems found:")
        for problem in result.problems:
            print(f"  - {problem}")
    return 0 if result.ok else 4
