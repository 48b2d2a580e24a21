"""Benchmark: the encrypted search index against a stock Whoosh FileStorage index.

Builds the same fictional corpus (the seeded generator in ../shared/tools/corpus.py,
so figures compare across runs) into both, then prints build time, index size, peak
memory, cold open plus first query, resident memory of the open index, and p50/p95
latency over a fixed mix of 200 queries (terms, AND, phrase, field filter, fuzzy,
prefix) with highlighted fragments for the top 10, and the ratios encrypted/stock.

Each measurement runs in a forked child, so memory figures are per measurement.

    .venv/bin/python bench/search.py --n 2000
    .venv/bin/python bench/search.py --n 10000      # several minutes
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.search import IndexedDocument, SearchIndex  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "tools" / "corpus.py"
KEY = bytes(range(32))  # a fixed, fictional key: figures only
CONSENT_STATES = ("granted", "limited", "withdrawn", "pending")


def load_generator(path: Path):
    spec = importlib.util.spec_from_file_location("haart_bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# -- corpus -> documents and queries ---------------------------------------------------


def to_document(raw: dict, corpus) -> IndexedDocument:
    told = dt.date.fromisoformat(raw["date"])
    return IndexedDocument(
        id=raw["id"],
        title=raw["title"],
        body=raw["body"],
        language="en",
        people=(raw["person"],),
        exploitation=tuple(corpus.slug(tag) for tag in raw["tags"]),
        county=raw["county"],
        told_on=told,
        event_dates=(told - dt.timedelta(days=200),),
        consent_state=CONSENT_STATES[int(raw["id"][1:]) % len(CONSENT_STATES)],
    )


def query_text(spec: dict, encrypted: bool) -> str:
    """The same query in each engine's syntax (field names differ)."""
    kind, terms = spec["kind"], spec["terms"]
    if kind == "term":
        return terms[0]
    if kind == "and":
        return " AND ".join(terms)
    if kind == "phrase":
        return '"' + " ".join(terms) + '"'
    if kind == "field":
        fieldname = spec["field"]
        if encrypted and fieldname == "tags":
            fieldname = "exploitation"
        return f"{fieldname}:{spec['value']} {terms[0]}"
    if kind == "fuzzy":
        return terms[0] + "~"
    return terms[0] + "*"


# -- stock Whoosh ----------------------------------------------------------------------


def stock_schema():
    from whoosh import fields
    from whoosh.analysis import StemmingAnalyzer

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(stored=True, analyzer=StemmingAnalyzer()),
        body=fields.TEXT(stored=True, analyzer=StemmingAnalyzer()),
        people=fields.TEXT(),
        county=fields.ID(),
        tags=fields.KEYWORD(commas=True, lowercase=True),
        date=fields.DATETIME(stored=True, sortable=True),
    )


def build_stock(directory: Path, raws: list[dict], corpus) -> None:
    from whoosh.filedb.filestore import FileStorage

    ix = FileStorage(str(directory)).create().create_index(stock_schema())
    writer = ix.writer(limitmb=256)
    for raw in raws:
        writer.add_document(
            id=raw["id"],
            title=raw["title"],
            body=raw["body"],
            people=raw["person"],
            county=corpus.slug(raw["county"]),
            tags=",".join(corpus.slug(tag) for tag in raw["tags"]),
            date=dt.datetime.fromisoformat(raw["date"]),
        )
    writer.commit()
    ix.close()


class StockEngine:
    """Stock Whoosh as a user of the library would set it up."""

    def __init__(self, directory: Path):
        from whoosh import qparser
        from whoosh.filedb.filestore import FileStorage

        self.ix = FileStorage(str(directory)).open_index()
        self.searcher = self.ix.searcher()
        self.parser = qparser.MultifieldParser(["title", "body", "people"], self.ix.schema)
        self.parser.add_plugin(qparser.FuzzyTermPlugin())

    def search(self, text: str) -> int:
        results = self.searcher.search(self.parser.parse(text), limit=10)
        for hit in results:
            hit.highlights("body", top=3)
        return len(results)


class EncryptedEngine:
    def __init__(self, directory: Path, with_facets: bool = False):
        self.index = SearchIndex.open(directory, KEY, "story", "bench-story")
        self.with_facets = with_facets

    def search(self, text: str) -> int:
        return self.index.search(text, page_size=10, with_facets=self.with_facets).total


# -- measurements (each in a forked child) ---------------------------------------------


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def measure_build(kind: str, directory: Path, raws, corpus) -> dict:
    base = rss_mb()
    started = time.perf_counter()
    if kind == "stock":
        build_stock(directory, raws, corpus)
    else:
        steps = []
        docs = (to_document(raw, corpus) for raw in raws)
        SearchIndex.build(
            directory,
            KEY,
            "story",
            "bench-story",
            docs,
            len(raws),
            progress=lambda done, total: steps.append(done),
        ).close()
    seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())
    return {"build_s": seconds, "size_mb": size / 1e6, "build_peak_mb": peak_mb() - base}


def make_engine(kind: str, directory: Path, with_facets: bool = False):
    return StockEngine(directory) if kind == "stock" else EncryptedEngine(directory, with_facets)


def measure_cold(kind: str, directory: Path, first_query: str) -> dict:
    started = time.perf_counter()
    engine = make_engine(kind, directory)
    opened = time.perf_counter() - started
    engine.search(first_query)
    return {"open_s": opened, "cold_s": time.perf_counter() - started}


def measure_latency(kind: str, directory: Path, queries: list[str], with_facets=False) -> dict:
    base = rss_mb()
    engine = make_engine(kind, directory, with_facets)
    for text in queries[:5]:
        engine.search(text)
    timings = []
    for text in queries:
        started = time.perf_counter()
        engine.search(text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "p50_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "open_rss_mb": rss_mb() - base,
    }


def in_child(function, *args) -> dict:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()

    def run():
        queue.put(function(*args))

    child = context.Process(target=run)
    child.start()
    result = queue.get()
    child.join()
    return result


# -- report ----------------------------------------------------------------------------


def run(n: int, corpus_path: Path, workdir: Path) -> dict[str, dict]:
    corpus = load_generator(corpus_path)
    generator = corpus.CorpusGenerator()
    raws = list(generator.documents(n))
    specs = generator.queries(200, n_docs=n)
    figures: dict[str, dict] = {}
    for kind in ("stock", "encrypted"):
        directory = workdir / kind
        queries = [query_text(spec, kind == "encrypted") for spec in specs]
        figures[kind] = in_child(measure_build, kind, directory, raws, corpus)
        figures[kind] |= in_child(measure_cold, kind, directory, queries[0])
        figures[kind] |= in_child(measure_latency, kind, directory, queries)
    queries = [query_text(spec, True) for spec in specs]
    faceted = in_child(measure_latency, "encrypted", workdir / "encrypted", queries, True)
    figures["encrypted+facets"] = {key: faceted[key] for key in ("p50_ms", "p95_ms")}
    return figures


ROWS = (
    ("build_s", "build (s)"),
    ("size_mb", "index size (MB)"),
    ("build_peak_mb", "peak memory of build (MB)"),
    ("open_s", "open (s)"),
    ("cold_s", "cold open + first query (s)"),
    ("open_rss_mb", "resident memory of open index (MB)"),
    ("p50_ms", "p50 latency, top 10 highlighted (ms)"),
    ("p95_ms", "p95 latency, top 10 highlighted (ms)"),
)


def report(n: int, figures: dict[str, dict]) -> str:
    stock, sealed = figures["stock"], figures["encrypted"]
    lines = [f"HAART search benchmark: {n} fictional testimonies, 200 queries"]
    lines.append(f"{'':42}{'stock':>10}{'encrypted':>11}{'ratio':>8}")
    for key, label in ROWS:
        ratio = sealed[key] / stock[key] if stock[key] else float("nan")
        lines.append(f"{label:42}{stock[key]:>10.3f}{sealed[key]:>11.3f}{ratio:>8.2f}")
    faceted = figures["encrypted+facets"]
    lines.append(
        f"encrypted with facet counts: p50 {faceted['p50_ms']:.1f} ms, p95 {faceted['p95_ms']:.1f} ms"
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of testimonies")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="path of corpus.py")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="haart-search-bench-"))
    try:
        figures = run(args.n, args.corpus, workdir)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(report(args.n, figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
