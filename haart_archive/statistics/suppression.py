"""Small-cell suppression for published counts, one field or two crossed, with their totals.

The rule is the partner export's (k, default 11, as CTDC uses): no count from 1 to k-1 is
published, anywhere, totals and margins included (primary suppression). Then more cells are
hidden (complementary suppression) until no hidden count can be worked out from what is
published:

* A table is a set of equations: the cells of each row add up to the row's total, the cells
  of each column to the column's total, the row totals and the column totals each to the
  grand total. A line whose published total is not the sum of its cells (a field where one
  record can have several values, such as push factors) is no equation and constrains nothing.
* Every count is an edge of a graph whose nodes are those equations (a row's cells and its
  total, a column's, the margins'). With that graph, a hidden count can be computed exactly
  from the published ones if and only if its edge is a bridge among the hidden edges (the
  equations' null space is the graph's cycle space). So hidden edges are added along the
  cheapest path that closes a cycle through every bridge.
* A line whose total is published reveals the sum of its hidden cells; that sum must be 0 or
  at least k, so the hidden cells cannot be narrowed to a small range either. While it is not,
  the smallest published cell of that line is hidden too (for one field this is exactly the
  partner export's rule: add the smallest cells until the hidden ones add up to k).

What this does not defend against: sharper bounds from solving all equations together with
the knowledge that counts are never negative (linear programming), and differences between
two tables published from the same records with different suppression. Publish a field's
totals from one table, or pass the same records to one crossing and show its margins.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

DEFAULT_K = 11

PRIMARY = "fewer than k"
COMPLEMENTARY = "complementary"
_GROUND = ("ground",)


@dataclass(frozen=True)
class CountCell:
    """One published number: `values` has one entry per field, None meaning "all values"
    (a margin or the grand total). `count` is None when the cell is suppressed."""

    values: tuple[str | None, ...]
    count: int | None
    suppressed: bool
    reason: str | None = None

    @property
    def is_total(self) -> bool:
        return None in self.values


@dataclass(frozen=True)
class SuppressedTable:
    """Counts for one or two fields, their totals, and the grand total, after suppression."""

    fields: tuple[str, ...]
    k: int
    cells: tuple[CountCell, ...]

    def cell(self, *values: str | None) -> CountCell:
        for cell in self.cells:
            if cell.values == values:
                return cell
        raise KeyError(values)

    @property
    def total(self) -> CountCell:
        return self.cell(*(None for _ in self.fields))

    def rows(self, *, totals: bool = True) -> list[dict]:
        """JSON-ready rows: each field's value (None for "all"), `count` (None when
        suppressed), `suppressed` and `reason` ("fewer than k", "complementary" or None)."""
        return [
            {**dict(zip(self.fields, cell.values, strict=True)), "count": cell.count,
             "suppressed": cell.suppressed, "reason": cell.reason}
            for cell in self.cells
            if totals or not cell.is_total
        ]


@dataclass
class _Edge:
    """A count as an edge between the two equations it takes part in; `total_of` names the
    equations whose total it is (a row total is the total of its row, a part of the margins)."""

    index: int
    values: tuple[str | None, ...]
    count: int
    ends: tuple[tuple, tuple]
    total_of: tuple[tuple, ...] = ()

    @property
    def is_total(self) -> bool:
        return None in self.values


def suppress_counts(
    fields: Sequence[str],
    counts: Mapping,
    *,
    k: int = DEFAULT_K,
    totals: Mapping | None = None,
) -> SuppressedTable:
    """Suppress a table of counts for one field or two crossed fields.

    `counts` maps a value (one field) or a (row value, column value) pair to a count; cells
    not given count 0 and are not listed. `totals` may give totals that are not the sum of
    their cells, keyed like the cells with None for "all" (for one field `{None: records}`,
    for two `{("poverty", None): 30, (None, None): 120}`); the others are the sums.
    """
    fields = tuple(fields)
    if len(fields) not in (1, 2):
        raise InvalidInput(Message("Counts can be crossed for one or two fields at a time."))
    if k < 2:
        raise InvalidInput(Message("The smallest publishable count (k) must be at least 2."))
    cells = {_key(key, len(fields)): int(count) for key, count in counts.items()}
    given_totals = {_key(key, len(fields)): int(count) for key, count in (totals or {}).items()}
    if any(count < 0 for count in (*cells.values(), *given_totals.values())):
        raise InvalidInput(Message("A count cannot be negative."))
    edges = _one_way(cells, given_totals) if len(fields) == 1 else _two_way(cells, given_totals)
    hidden, reasons = _suppress(edges, k)
    return SuppressedTable(fields, k, tuple(
        CountCell(edge.values, None if edge.index in hidden else edge.count, edge.index in hidden,
                  reasons.get(edge.index))
        for edge in edges
    ))


def cells_to_hide(counts: Mapping[str, int], k: int = DEFAULT_K) -> set[str]:
    """The values of a one-field table (its total published) whose counts must be hidden."""
    table = suppress_counts(("value",), counts, k=k)
    return {cell.values[0] for cell in table.cells if cell.suppressed and not cell.is_total}


def _key(key, width: int) -> tuple:
    if width == 1 and not isinstance(key, tuple):
        key = (key,)
    if len(key) != width:
        raise InvalidInput(Message("Each count needs one value per field."))
    return tuple(None if value is None else str(value) for value in key)


# -- the graph of a table ------------------------------------------------------------------------
def _one_way(cells: dict, totals: dict) -> list[_Edge]:
    total = totals.get((None,), sum(cells.values()))
    line = ("line",) if total == sum(cells.values()) else _GROUND
    edges = [_Edge(i, key, count, (line, _GROUND)) for i, (key, count) in enumerate(sorted(cells.items()))]
    edges.append(_Edge(len(edges), (None,), total, (line, _GROUND), (line,)))
    return edges


def _two_way(cells: dict, totals: dict) -> list[_Edge]:
    rows = sorted({row for row, _ in cells} | {row for row, col in totals if row is not None and col is None})
    cols = sorted({col for _, col in cells} | {col for row, col in totals if col is not None and row is None})
    row_sum = {row: sum(c for (r, _), c in cells.items() if r == row) for row in rows}
    col_sum = {col: sum(c for (_, cl), c in cells.items() if cl == col) for col in cols}
    row_total = {row: totals.get((row, None), row_sum[row]) for row in rows}
    col_total = {col: totals.get((None, col), col_sum[col]) for col in cols}
    grand = totals.get((None, None), sum(cells.values()))

    def node(name: tuple, additive: bool) -> tuple:
        return name if additive else _GROUND

    row_node = {row: node(("row", row), row_total[row] == row_sum[row]) for row in rows}
    col_node = {col: node(("col", col), col_total[col] == col_sum[col]) for col in cols}
    row_margin = node(("row totals",), grand == sum(row_total.values()))
    col_margin = node(("column totals",), grand == sum(col_total.values()))
    edges: list[_Edge] = []

    def add(values: tuple, count: int, ends: tuple, total_of: tuple = ()) -> None:
        edges.append(_Edge(len(edges), values, count, ends, total_of))

    for (row, col), count in sorted(cells.items()):
        add((row, col), count, (row_node[row], col_node[col]))
    for row in rows:
        add((row, None), row_total[row], (row_node[row], row_margin), (row_node[row],))
    for col in cols:
        add((None, col), col_total[col], (col_node[col], col_margin), (col_node[col],))
    add((None, None), grand, (row_margin, col_margin), (row_margin, col_margin))
    return edges


# -- suppression ---------------------------------------------------------------------------------
def _suppress(edges: list[_Edge], k: int) -> tuple[set[int], dict[int, str]]:
    hidden = {edge.index for edge in edges if 0 < edge.count < k}
    reasons = {index: PRIMARY for index in hidden}
    lines = _lines(edges)
    while True:
        added = _widen_small_sums(lines, hidden, k) or _close_bridges(edges, hidden)
        if not added:
            return hidden, reasons
        for index in added:
            hidden.add(index)
            reasons.setdefault(index, COMPLEMENTARY)


def _lines(edges: list[_Edge]) -> list[tuple[_Edge, list[_Edge]]]:
    """Each equation as (its total, its parts): the total is the edge that is a total at this
    node and a part at its other end (a row total is the total of its row)."""
    incident: dict[tuple, list[_Edge]] = defaultdict(list)
    for edge in edges:
        for end in set(edge.ends):
            if end != _GROUND:
                incident[end].append(edge)
    lines = []
    for node, node_edges in incident.items():
        totals = [edge for edge in node_edges if node in edge.total_of]
        if len(totals) == 1:
            lines.append((totals[0], [edge for edge in node_edges if edge is not totals[0]]))
    return lines


def _widen_small_sums(lines: list, hidden: set[int], k: int) -> list[int]:
    """Hide the smallest published part of a line whose published total reveals a hidden sum
    from 1 to k-1, or a single hidden part."""
    for total, parts in lines:
        if total.index in hidden:
            continue
        hidden_parts = [edge for edge in parts if edge.index in hidden]
        hidden_sum = sum(edge.count for edge in hidden_parts)
        if not hidden_parts or (len(hidden_parts) > 1 and (hidden_sum == 0 or hidden_sum >= k)):
            continue
        visible = [edge for edge in parts if edge.index not in hidden]
        nonzero = [edge for edge in visible if edge.count > 0]
        choice = min(nonzero or visible, key=lambda edge: (edge.count, edge.values), default=total)
        return [choice.index]
    return []


def _close_bridges(edges: list[_Edge], hidden: set[int]) -> list[int]:
    """For the first hidden edge that is a bridge among hidden edges, the published edges of
    the cheapest path that puts it on a cycle."""
    hidden_edges = [edge for edge in edges if edge.index in hidden]
    for bridge in _bridges(hidden_edges):
        path = _cheapest_path(edges, hidden, bridge)
        if path:
            return path
    return []


def _bridges(edges: list[_Edge]) -> list[_Edge]:
    """Bridges of a multigraph (Tarjan, iterative), parallel edges told apart by index."""
    adjacency: dict[tuple, list[tuple[tuple, int]]] = defaultdict(list)
    for edge in edges:
        a, b = edge.ends
        adjacency[a].append((b, edge.index))
        adjacency[b].append((a, edge.index))
    order: dict[tuple, int] = {}
    low: dict[tuple, int] = {}
    found: set[int] = set()
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, -1, iter(adjacency[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            step = next(neighbours, None)
            if step is None:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        found.add(via)
                continue
            other, index = step
            if index == via:
                continue
            if other in order:
                low[node] = min(low[node], order[other])
            else:
                order[other] = low[other] = len(order)
                stack.append((other, index, iter(adjacency[other])))
    return [edge for edge in edges if edge.index in found]


def _cheapest_path(edges: list[_Edge], hidden: set[int], bridge: _Edge) -> list[int]:
    """Dijkstra from one end of the bridge to the other without it: hidden edges are free,
    a published one costs its count plus one (totals twice that, they say more)."""
    adjacency: dict[tuple, list[tuple[tuple, _Edge]]] = defaultdict(list)
    for edge in edges:
        if edge.index == bridge.index:
            continue
        a, b = edge.ends
        adjacency[a].append((b, edge))
        adjacency[b].append((a, edge))
    start, goal = bridge.ends
    best = {start: 0}
    came: dict[tuple, tuple[tuple, _Edge]] = {}
    queue = [(0, 0, start)]
    tie = 0
    while queue:
        cost, _, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best.get(node, cost):
            continue
        for other, edge in adjacency[node]:
            step = 0 if edge.index in hidden else (edge.count + 1) * (2 if edge.is_total else 1)
            if cost + step < best.get(other, float("inf")):
                best[other] = cost + step
                came[other] = (node, edge)
                tie += 1
                heapq.heappush(queue, (cost + step, tie, other))
    if goal not in came:
        return []
    path, node = [], goal
    while node != start:
        node, edge = came[node]
        if edge.index not in hidden:
            path.append(edge.index)
    return path
