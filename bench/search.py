"""Benchmark: the encrypted search index against a stock Whoosh FileStorage index.

Builds the same fictional corpus (the seeded generator in ../shared/tools/corpus.py, so
figures compare across runs) into both, and prints, with the ratio encrypted/stock:

- build time, index size and the peak resident memory (ru_maxrss) of a fresh child
  process that does nothing but read the corpus file line by line and build (plus the
  peak of the rebuild's worker process, if it starts one; CPU time counts both);
- open time, and "unlock to first results" (open the index, then the first query);
- resident memory of the open index: RSS growth of a fresh child over opening the index
  and answering every query (stock Whoosh maps its files, so its touched pages count);
- p50/p95 latency by query kind (word, phrase, boolean, field, fuzzy, prefix, date
  range) with highlighted fragments for the top 10, and the encrypted index with facet
  counts as well.

Every measurement runs in its own spawned child process, so memory figures are per
measurement and no process inherits another's heap.

    .venv/bin/python bench/search.py --n 3000
    .venv/bin/python bench/search.py --n 10000      # several minutes
    .venv/bin/python bench/search.py --n 50000      # about an hour on 2 shared cores
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "tools" / "corpus.py"
KEY = bytes(range(32))  # a fixed, fictional key: figures only
CONSENT_STATES = ("granted", "limited", "withdrawn", "pending")
KINDS = ("term", "phrase", "and", "field", "fuzzy", "prefix", "date")
KIND_LABELS = {
    "term": "word",
    "phrase": "phrase",
    "and": "boolean",
    "field": "field",
    "fuzzy": "fuzzy",
    "prefix": "prefix",
    "date": "date range",
}
DATE_QUERIES = 25
CORPUS_PATH = DEFAULT_CORPUS  # set in each child from its arguments


def load_generator(path: Path):
    if "haart_bench_corpus" in sys.modules:
        return sys.modules["haart_bench_corpus"]
    spec = importlib.util.spec_from_file_location("haart_bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# -- corpus -> documents and queries ---------------------------------------------------


def read_corpus(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def slug(text: str) -> str:
    """The corpus generator's own slug ('Homa Bay' -> 'homa_bay')."""
    return load_generator(CORPUS_PATH).slug(text)


def to_document(raw: dict):
    from haart_archive.search import IndexedDocument

    told = dt.date.fromisoformat(raw["date"])
    return IndexedDocument(
        id=raw["id"],
        title=raw["title"],
        body=raw["body"],
        language="en",
        people=(raw["person"],),
        exploitation=tuple(slug(tag) for tag in raw["tags"]),
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
    if kind == "date":
        fieldname = "told" if encrypted else "date"
        return f"{fieldname}:[{spec['from']} to {spec['to']}] {terms[0]}"
    return terms[0] + "*"


def query_specs(generator) -> list[dict]:
    """The corpus's 200 queries plus date ranges (years told) with a word, seeded."""
    specs = generator.queries(200)
    rng = random.Random("haart-bench-date-ranges")
    words = [spec["terms"][0] for spec in specs if spec["kind"] in ("term", "and")]
    for _ in range(DATE_QUERIES):
        start = rng.randrange(2015, 2024)
        end = min(2024, start + rng.randrange(0, 4))
        specs.append({"kind": "date", "from": start, "to": end, "terms": [rng.choice(words)]})
    random.Random("haart-bench-order").shuffle(specs)
    return specs


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


def build_stock(directory: Path, corpus_file: Path) -> None:
    from whoosh.filedb.filestore import FileStorage

    ix = FileStorage(str(directory)).create().create_index(stock_schema())
    writer = ix.writer(limitmb=256)
    for raw in read_corpus(corpus_file):
        writer.add_document(
            id=raw["id"],
            title=raw["title"],
            body=raw["body"],
            people=raw["person"],
            county=slug(raw["county"]),
            tags=",".join(slug(tag) for tag in raw["tags"]),
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
        from haart_archive.search import SearchIndex

        self.index = SearchIndex.open(directory, KEY, "story", "bench-story")
        self.with_facets = with_facets

    def search(self, text: str) -> int:
        return self.index.search(text, page_size=10, with_facets=self.with_facets).total


# -- measurements (each in a spawned child) --------------------------------------------


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def measure_build(kind: str, directory: Path, corpus_file: Path, total: int,
                  corpus_path: Path) -> dict:
    global CORPUS_PATH
    CORPUS_PATH = corpus_path
    load_generator(corpus_path)
    if kind == "stock":
        import whoosh.filedb.filestore  # noqa: F401 - imports are not the build

        started = time.perf_counter()
        build_stock(directory, corpus_file)
    else:
        from haart_archive.search import SearchIndex

        steps = []
        started = time.perf_counter()
        docs = (to_document(raw) for raw in read_corpus(corpus_file))
        SearchIndex.build(
            directory, KEY, "story", "bench-story", docs, total,
            progress=lambda done, _total: steps.append(done),
        ).close()
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # A rebuild's worker process (see haart_archive/search/parallel.py) counts too: its CPU
    # time, and its peak added to this process's (an upper bound of the two together).
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    size = sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())
    return {
        "build_s": seconds,
        "build_cpu_s": usage.ru_utime + usage.ru_stime + workers.ru_utime + workers.ru_stime,
        "size_mb": size / 1e6,
        "build_peak_mb": peak_mb() + workers.ru_maxrss / 1e3,
    }


def make_engine(kind: str, directory: Path, with_facets: bool = False):
    return StockEngine(directory) if kind == "stock" else EncryptedEngine(directory, with_facets)


def measure_cold(kind: str, directory: Path, first_query: str) -> dict:
    if kind == "stock":
        import whoosh.filedb.filestore  # noqa: F401 - module imports are not opening
    else:
        import haart_archive.search  # noqa: F401
    started = time.perf_counter()
    engine = make_engine(kind, directory)
    opened = time.perf_counter() - started
    engine.search(first_query)
    return {"open_s": opened, "cold_s": time.perf_counter() - started}


def measure_latency(kind: str, directory: Path, queries: list[tuple[str, str]],
                    with_facets: bool = False) -> dict:
    if kind == "stock":
        import whoosh.filedb.filestore  # noqa: F401
    else:
        import haart_archive.search  # noqa: F401
    base = rss_mb()
    engine = make_engine(kind, directory, with_facets)
    for _kind, text in queries[:5]:
        engine.search(text)
    timings: dict[str, list[float]] = defaultdict(list)
    for query_kind, text in queries:
        started = time.perf_counter()
        engine.search(text)
        elapsed = (time.perf_counter() - started) * 1000
        timings[query_kind].append(elapsed)
        timings["all"].append(elapsed)
    figures = {"open_rss_mb": rss_mb() - base}
    for name, values in timings.items():
        figures[f"p50_{name}"], figures[f"p95_{name}"] = percentiles(values)
    return figures


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, round(len(ordered) * 0.95) - 1)]


def in_child(function: Callable[..., dict], *args: object) -> dict:
    """`function(*args)` in a fresh spawned process (not a pool's: a pool's processes are
    daemons, which may not start the rebuild's worker process)."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_send_result, args=(send, function, *args))
    child.start()
    send.close()
    try:
        result = receive.recv()
    finally:
        child.join()
        receive.close()
    if isinstance(result, BaseException):
        raise result
    return result


def _send_result(send: Connection, function: Callable[..., dict], *args: object) -> None:
    try:
        result = function(*args)
    except BaseException as error:
        result = error
    send.send(result)
    send.close()


# -- report ----------------------------------------------------------------------------


def run(n: int, corpus_path: Path, workdir: Path, log) -> dict[str, dict]:
    corpus = load_generator(corpus_path)
    generator = corpus.CorpusGenerator()
    corpus_file = workdir / "corpus.jsonl"
    corpus.write_jsonl(str(corpus_file), n)
    specs = query_specs(generator)
    figures: dict[str, dict] = {}
    for kind in ("stock", "encrypted"):
        directory = workdir / kind
        queries = [(spec["kind"], query_text(spec, kind == "encrypted")) for spec in specs]
        log(f"{kind}: building")
        figures[kind] = in_child(measure_build, kind, directory, corpus_file, n, corpus_path)
        log(f"{kind}: built in {figures[kind]['build_s']:.1f} s; opening and querying")
        figures[kind] |= in_child(measure_cold, kind, directory, queries[0][1])
        figures[kind] |= in_child(measure_latency, kind, directory, queries)
    queries = [(spec["kind"], query_text(spec, True)) for spec in specs]
    log("encrypted: querying with facets")
    faceted = in_child(measure_latency, "encrypted", workdir / "encrypted", queries, True)
    figures["facets"] = faceted
    return figures


ROWS = (
    ("build_s", "build (s)"),
    ("build_cpu_s", "build, CPU time (build process + workers) (s)"),
    ("size_mb", "index size (MB)"),
    ("build_peak_mb", "peak RSS of build process + workers (MB)"),
    ("open_s", "open (s)"),
    ("cold_s", "unlock to first results: open + 1st query (s)"),
    ("open_rss_mb", "resident memory of open index (MB)"),
    ("p50_all", "p50 latency, all queries, top 10 highlighted (ms)"),
    ("p95_all", "p95 latency, all queries (ms)"),
    *((f"p{p}_{kind}", f"p{p} {KIND_LABELS[kind]} (ms)") for kind in KINDS for p in (50, 95)),
)


def report(n: int, figures: dict[str, dict], seconds: float) -> str:
    stock, sealed, faceted = figures["stock"], figures["encrypted"], figures["facets"]
    lines = [
        f"HAART search benchmark: {n} fictional testimonies, "
        f"{len(KINDS)} query kinds, {200 + DATE_QUERIES} queries; whole run {seconds / 60:.1f} min, "
        f"load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        f"{'':52}{'stock':>10}{'encrypted':>11}{'ratio':>8}",
    ]
    for key, label in ROWS:
        ratio = sealed[key] / stock[key] if stock.get(key) else float("nan")
        lines.append(f"{label:52}{stock[key]:>10.3f}{sealed[key]:>11.3f}{ratio:>8.2f}")
    lines.append(
        f"encrypted with facet counts: p50 {faceted['p50_all']:.1f} ms, "
        f"p95 {faceted['p95_all']:.1f} ms (slowest kind p95: "
        f"{max(faceted[f'p95_{kind}'] for kind in KINDS):.1f} ms)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of testimonies")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="path of corpus.py")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="haart-search-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    def log(line: str) -> None:
        if not args.quiet:
            print(f"[{(time.perf_counter() - started) / 60:5.1f} min] {line}", file=sys.stderr)

    try:
        figures = run(args.n, args.corpus, workdir, log)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(report(args.n, figures, time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
