#!/usr/bin/env python3
"""Measure how many display equations of a textbook `eqc parse` accepts.

    python3 scripts/textbook_parse.py DIR                  # ./eqc (rebuilt when sources are newer)
    python3 scripts/textbook_parse.py DIR --no-build       # the jar already in cli/target
    python3 scripts/textbook_parse.py DIR --jar X.jar      # a given jar
    python3 scripts/textbook_parse.py DIR --mode raw       # each block as written, over several lines
    python3 scripts/textbook_parse.py DIR --list           # every miss, not only a few per group
    python3 scripts/textbook_parse.py DIR --json out.json  # every per-equation result

DIR is searched recursively for Markdown (.md) and LaTeX (.tex) files. It was written for
"Dive into Deep Learning" (github.com/d2l-ai/d2l-en), whose display equations are `$$ … $$`
blocks, often wrapping `\\begin{aligned} … \\end{aligned}`; the textbook's text is not part of eqc.

Display equations taken:
- `$$ … $$`, `\\[ … \\]` and the environments equation, align, gather, multline, eqnarray
  (starred or not, outside `$$`; their `\\begin`/`\\end` are kept, eqc skips them), possibly over
  several lines. In Markdown, outside fenced code (``` or ~~~); a `:eqlabel:` line after a block
  is not part of it (notebooks: convert their Markdown cells to .md first). In LaTeX, `%` comments
  are dropped first.

Modes (how one equation becomes one .eq file):
- `lines` (default, what scripts/coverage.py does to align rows): `%` comments dropped, the block
  joined into one line; rows of `aligned`/`align` stay separated by their `\\\\`, which separates
  statements at the top level of an .eq file.
- `raw`: the block exactly as written, newlines and all.
- `display`: the block as written with its `$$` delimiters around it.
- `rows`: every row on its own (the block cut at each `\\\\` outside braces, matrices and cases, the
  wrapper environments `aligned`, `align`, … dropped); an equation is accepted when all its rows are.
- `both`: run `lines` and `raw` and count an equation accepted only when both are; `all` runs every mode.

An equation is accepted when `eqc parse` reports no error for its file (warnings allowed). All files
go through `eqc parse --format json` in as few JVM runs as the argument lists allow (the batching and
the grouping of misses are those of scripts/coverage.py: a miss is grouped by its first error, with
the message normalised and the token before the offending one as context).

Plain python3, standard library only.
"""

import argparse
import collections
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("eqc_coverage", HERE / "coverage.py")
cov = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cov)

FENCE = re.compile(r"^\s*(```|~~~)")
DISPLAY_TEX = re.compile(
    r"\$\$(?P<a>.+?)\$\$"
    r"|\\\[(?P<b>.+?)\\\]"
    r"|(?P<c>\\begin\{(?P<env>equation|align|gather|multline|eqnarray)(?P<star>\*?)\}.+?\\end\{(?P=env)(?P=star)\})",
    re.S)
COMMENT = re.compile(r"(?<!\\)%.*$", re.M)


def strip_fenced_code(text):
    """The text with fenced code blocks blanked out (line numbers kept)."""
    out, fenced = [], None
    for line in text.split("\n"):
        m = FENCE.match(line)
        if m and (fenced is None or m.group(1) == fenced):
            fenced = m.group(1) if fenced is None else None
            out.append("")
        else:
            out.append("" if fenced else line)
    return "\n".join(out)


def extract(path):
    """[(line, latex)] of the display equations of one file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    found = []
    if path.suffix == ".md":
        text = strip_fenced_code(text)
    else:
        text = COMMENT.sub("", text)
    for m in DISPLAY_TEX.finditer(text):
        body = m.group("a") or m.group("b") or m.group("c")
        found.append((text.count("\n", 0, m.start()) + 1, body))
    return [(line, body.strip()) for line, body in found if body.strip()]


def one_line(latex):
    """The equation on one line: comments dropped, whitespace runs (newlines too) become one space."""
    return re.sub(r"\s+", " ", COMMENT.sub("", latex)).strip()


WRAPPERS = {"equation", "align", "aligned", "alignat", "gather", "gathered", "split", "multline", "eqnarray",
            "flalign", "displaymath"}
ENV = re.compile(r"\\(begin|end)\s*\{([A-Za-z]+)\*?\}")


def rows(latex):
    """The rows of an equation: cut at `\\\\` outside braces and non-wrapper environments."""
    text = ENV.sub(lambda m: " " if m.group(2) in WRAPPERS else m.group(0), one_line(latex))
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        m = ENV.match(text, i)
        if m:
            depth += 1 if m.group(1) == "begin" else -1
            i = m.end()
            continue
        c = text[i]
        if c == "\\" and text.startswith("\\\\", i):
            if depth <= 0:
                out.append(text[start:i])
                start = i + 2
            i += 2
            continue
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    out.append(text[start:])
    return [r.strip() for r in out if r.strip()]


def collect(root):
    eqs = []
    files = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".tex") and p.is_file())
    for p in files:
        for line, latex in extract(p):
            eqs.append({"id": f"{p.relative_to(root)}:{line}", "latex": latex})
    return eqs


def run_mode(cmd, eqs, tmp, mode):
    directory = tmp / mode
    directory.mkdir()
    texts = []  # (equation index, text)
    for i, e in enumerate(eqs):
        if mode == "rows":
            texts.extend((i, r) for r in rows(e["latex"]))
        else:
            texts.append((i, {"lines": one_line(e["latex"]), "raw": e["latex"],
                              "display": "$$" + e["latex"] + "$$"}[mode]))
    names = []
    for k, (_, text) in enumerate(texts):
        name = f"e{k:05d}.eq"
        (directory / name).write_text(text + "\n", encoding="utf-8")
        names.append(name)
    diags, _, crashes = cov.parse_many(cmd, names, directory)
    by_file = collections.defaultdict(list)
    for d in diags:
        by_file[os.path.basename(d.get("file") or "")].append(d)
    results = [{"index": i, "id": e["id"], "latex": e["latex"], "mode": mode, "accepted": True}
               for i, e in enumerate(eqs)]
    for (i, text), name in zip(texts, names):
        r = results[i]
        if not r["accepted"]:
            continue  # the first failing row of an equation classifies it
        if name in crashes:
            r.update(accepted=False, key=("", "eqc crashed", None), context="crash", message=crashes[name])
            continue
        first = cov.first_error(by_file[name])
        if first is not None:
            key = cov.normalise(first.get("code", "?"), first.get("message", ""))
            src = text.split("\n")[(first.get("line") or 1) - 1] if text else ""
            r.update(accepted=False, key=key, context=cov.context_of(src, first, key), file=name,
                     message=first.get("message", ""), line=first.get("line"), column=first.get("column"))
    return results


def report(results, label, show_all, per_group):
    n = len(results)
    acc = sum(r["accepted"] for r in results)
    print(f"{label}: {acc}/{n} accepted ({cov.pct(acc, n)})")
    ordered, _ = cov.group_misses(results)
    for rank, (key, members) in enumerate(ordered, 1):
        ctx = collections.Counter(r["context"] for r in members).most_common(3)
        print(f"{rank:3d}. {len(members):4d}  {cov.plain_reason(key)}   [" +
              "; ".join(f"{c} ({k})" for c, k in ctx) + "]")
        shown = members if show_all else cov.pick_examples(members, per_group)
        for r in shown:
            where = f" @{r.get('line')}:{r.get('column')}" if r.get("column") else ""
            print(f"        {r['id']}{where}: {cov.truncate(one_line(r['latex']), 160)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path, help="directory of .md / .tex files (searched recursively)")
    ap.add_argument("--mode", choices=("lines", "raw", "display", "rows", "both", "all"), default="lines")
    ap.add_argument("--jar", help="run this eqc jar instead of ./eqc")
    ap.add_argument("--no-build", action="store_true", help="use the existing cli/target/eqc.jar")
    ap.add_argument("--list", action="store_true", help="print every miss")
    ap.add_argument("--examples", type=int, default=2, help="misses shown per group (default 2)")
    ap.add_argument("--json", type=Path, help="also write every per-equation result here")
    ap.add_argument("--keep", action="store_true", help="keep the temp directory of .eq files")
    args = ap.parse_args()

    eqs = collect(args.dir)
    if not eqs:
        print(f"textbook_parse: no display equations under {args.dir}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="eqc-textbook-"))
    try:
        cmd, how = cov.eqc_command(args, tmp)
        print(f"eqc: {how}; {len(eqs)} display equations from {args.dir}", file=sys.stderr)
        cov.warm_up(cmd)
        modes = {"both": ("lines", "raw"), "all": ("lines", "raw", "display", "rows")}.get(args.mode, (args.mode,))
        out = {m: run_mode(cmd, eqs, tmp, m) for m in modes}
    except cov.EqcError as e:
        print(f"textbook_parse: {e}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    for m in modes:
        report(out[m], m, args.list, args.examples)
    if len(modes) > 1:
        every = sum(all(out[m][i]["accepted"] for m in modes) for i in range(len(eqs)))
        print(f"every mode ({', '.join(modes)}): {every}/{len(eqs)} accepted ({cov.pct(every, len(eqs))})")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
