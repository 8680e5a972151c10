#!/usr/bin/env python3
"""Measure how much of the labml.ai equation corpus eqc accepts, and write docs/COVERAGE.md.

    python3 scripts/coverage.py                 # builds eqc if needed (via ./eqc), writes docs/COVERAGE.md
    python3 scripts/coverage.py --no-build      # use the jar already in cli/target (no Maven run)
    python3 scripts/coverage.py --jar X.jar     # use a given jar
    python3 scripts/coverage.py --json out.json # also dump every per-equation result as JSON

Two measurements:

1. Parse coverage. Every equation of labml-equations.jsonl goes to its own temp file eNNNN.eq (NNNN is
   its 0-based line in the corpus), as one line: the LaTeX as given, with the newlines that separate
   align rows replaced by ` \\\\ ` (a top-level `\\\\` separates statements in eqc). All files go through
   `eqc parse --format json` in one JVM (chunked if the argument list is long). An equation is
   accepted when no diagnostic of severity "error" names its file.
2. Check coverage. Every equation of labml-core.jsonl goes to cNN.eq the same way and through
   `eqc check --format json`, one file per run: `check` stops at the first failing stage across all
   the files it is given, so runs over many files do not give per-file results. Warnings are allowed.

A miss is classified by its first error (smallest line, column). The reason is the diagnostic code
plus the message, normalised so that similar messages group: `unexpected X` by X without the
"; expected ..." tail, unsupported environments by name, "not supported yet: `\\sum ...`" by its
leading command, other quoted spans replaced by `...`. Each miss also gets a context: the token
before the offending one, or, for a statement that is not a declaration, definition or expression,
the relation at its top level.

Plain python3, standard library only.
"""

import argparse
import collections
import concurrent.futures
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("EQC_CORPUS", "/work/shared/corpus"))
EQUATIONS = "labml-equations.jsonl"
CORE = "labml-core.jsonl"
MAX_ARGS_CHARS = 60000  # per eqc invocation
TRUNCATE = 100


# ---------------------------------------------------------------------------------------------
# corpus -> .eq files


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def to_statement_line(latex):
    """The LaTeX as given, align rows (newline-separated in the corpus) joined with `\\\\`."""
    rows = [r.strip() for r in re.split(r"\r\n|\r|\n", latex)]
    rows = [r for r in rows if r]
    return " \\\\ ".join(rows)


def write_files(rows, directory, prefix, width):
    names = []
    for i, row in enumerate(rows):
        name = f"{prefix}{i:0{width}d}.eq"
        with open(directory / name, "w", encoding="utf-8") as fh:
            fh.write(to_statement_line(row["latex"]) + "\n")
        names.append(name)
    return names


# ---------------------------------------------------------------------------------------------
# running eqc


class EqcError(Exception):
    pass


def eqc_command(args, tmp):
    if args.jar:
        return ["java", "-jar", str(Path(args.jar).resolve())], f"`java -jar {args.jar}`"
    if args.no_build:
        jar = ROOT / "cli" / "target" / "eqc.jar"
        if not jar.exists():
            raise EqcError(f"{jar} does not exist; run without --no-build first")
        snap = tmp / "eqc.jar"  # a copy, so a concurrent rebuild cannot swap it mid-run
        shutil.copy2(jar, snap)
        built = datetime.datetime.fromtimestamp(jar.stat().st_mtime, datetime.timezone.utc)
        return ["java", "-jar", str(snap)], f"the existing `cli/target/eqc.jar` (built {built:%Y-%m-%d %H:%M} UTC)"
    return [str(ROOT / "eqc")], "`./eqc` (rebuilt from the working tree when sources were newer)"


def warm_up(cmd):
    """Run `eqc --version` once, so ./eqc builds the jar here and a failing build stops the script."""
    p = subprocess.run(cmd + ["--version"], capture_output=True, text=True)
    if p.returncode != 0:
        tail = "\n".join(p.stderr.strip().splitlines()[-15:])
        raise EqcError(f"`{' '.join(cmd)} --version` exited {p.returncode}:\n{tail}\n"
                       "(if the working tree does not build, --no-build uses the last built jar)")
    return (p.stdout.strip() or p.stderr.strip()).splitlines()[-1] if (p.stdout or p.stderr) else ""


def run_eqc(cmd, sub, files, cwd):
    """One eqc run; returns the parsed JSON object or None when eqc did not print one."""
    p = subprocess.run(cmd + [sub] + list(files) + ["--format", "json"], cwd=cwd,
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        return None, p
    try:
        out = json.loads(p.stdout)
    except ValueError:
        return None, p
    return out, p


def chunks(names, limit=MAX_ARGS_CHARS):
    chunk, size = [], 0
    for n in names:
        if chunk and size + len(n) + 1 > limit:
            yield chunk
            chunk, size = [], 0
        chunk.append(n)
        size += len(n) + 1
    if chunk:
        yield chunk


def parse_many(cmd, names, cwd):
    """`eqc parse` over many files; a chunk that does not give JSON is bisected down to single files."""
    diagnostics, statements, crashes = [], [], {}

    def go(chunk):
        out, p = run_eqc(cmd, "parse", chunk, cwd)
        if out is not None:
            diagnostics.extend(out.get("diagnostics", []))
            statements.extend(out.get("statements", []))
            return
        if len(chunk) == 1:
            tail = (p.stderr.strip().splitlines() or ["(no output)"])[-1]
            crashes[chunk[0]] = f"eqc exited {p.returncode} without JSON: {tail[:200]}"
            return
        mid = len(chunk) // 2
        go(chunk[:mid])
        go(chunk[mid:])

    for chunk in chunks(names):
        go(chunk)
    return diagnostics, statements, crashes


def check_each(cmd, names, cwd, jobs):
    """`eqc check` one file per run (check stops at the first failing stage across all its files)."""
    def one(name):
        out, p = run_eqc(cmd, "check", [name], cwd)
        if out is None:
            tail = (p.stderr.strip().splitlines() or ["(no output)"])[-1]
            return name, None, f"eqc exited {p.returncode} without JSON: {tail[:200]}"
        return name, out.get("diagnostics", []), None

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, diags, crash in pool.map(one, names):
            results[name] = (diags, crash)
    return results


# ---------------------------------------------------------------------------------------------
# classifying misses

TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\S")
SKIP_BEFORE = {"&", "\\,", "\\;", "\\:", "\\!", "\\quad", "\\qquad", "~", "\\ "}
RELATIONS = ["\\leq", "\\geq", "\\le", "\\ge", "\\lt", "\\gt", "<", ">", "\\neq", "\\ne",
             "\\approx", "\\simeq", "\\sim", "\\propto", "\\equiv", "\\to", "\\rightarrow",
             "\\Rightarrow", "\\implies", "\\iff", "\\mapsto", "\\in", "\\notin", "\\subset",
             "\\subseteq", "\\forall", "\\exists", "\\ll", "\\gg", ":", "\\Leftarrow"]


def _tail_stripped(message):
    return re.sub(r";\s*expected\b.*$", "", message).strip()


def normalise(code, message):
    """(code, template, token): template has one `{}` where the code span of token goes, or none."""
    m = re.match(r"^unexpected (character )?`(.+?)`(?=;|$)", message)
    if m:
        return code, "unexpected " + (m.group(1) or "") + "{}", m.group(2)
    m = re.match(r"^unsupported environment `\\begin\{(.+?)\}`", message)
    if m:
        return code, "unsupported environment {}", m.group(1)
    m = re.match(r"^(unclosed|unmatched|unbalanced) `(.+?)`$", message)
    if m:
        return code, m.group(1) + " {}", m.group(2)
    m = re.match(r"^unknown ([a-z ]+?) `(.+?)`", message)
    if m:
        return code, f"unknown {m.group(1)} {{}}", m.group(2)
    m = re.match(r"^not supported yet: `(.*)`$", message, re.S)
    if m:
        lead = TOKEN.search(m.group(1))
        if lead and lead.group(0).startswith("\\"):
            return code, "not supported yet: {} …", lead.group(0)
        return code, "not supported yet: `…`", None
    generic = _tail_stripped(message) if message.startswith("unexpected") else message
    # quoted names and expressions vary from equation to equation; quoted examples ("like `…`") do not
    generic = re.sub(r"(?<!like )(?<!e\.g\. )(?<!such as )`[^`]*`", "`…`", generic)
    generic = re.sub(r"\b\d+\b", "N", generic)
    return code, generic, None


def code_span(text):
    """A Markdown code span holding text verbatim (also inside a table cell)."""
    text = text.replace("|", "\\|")
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_reason(key):
    code, template, token = key
    text = template.format(code_span(token)) if token is not None else template
    return f"{code} {text}" if code else text


def statement_at(line, offset):
    """The top-level statement (split at `\\\\` and `;` outside brackets) containing offset."""
    depth, start = 0, 0
    for m in TOKEN.finditer(line):
        t = m.group(0)
        if t in ("(", "[", "{", "\\{", "\\left") or t == "\\begin":
            depth += 1
        elif t in (")", "]", "}", "\\}", "\\right") or t == "\\end":
            depth = max(0, depth - 1)
        elif depth == 0 and t in ("\\\\", ";"):
            if m.start() >= offset:
                return line[start:m.start()]
            start = m.end()
    return line[start:]


def top_level_relation(stmt):
    depth, seen_comma, equals, relation = 0, False, 0, None
    for m in TOKEN.finditer(stmt):
        t = m.group(0)
        if t in ("(", "[", "{", "\\{", "\\left", "\\begin", "\\langle"):
            depth += 1
        elif t in (")", "]", "}", "\\}", "\\right", "\\end", "\\rangle"):
            depth = max(0, depth - 1)
        elif depth == 0:
            if t in RELATIONS and relation is None:
                relation = t
            elif t == "=":
                equals += 1
            elif t == ",":
                seen_comma = True
    if relation:
        return f"top-level {relation}"
    if equals >= 2:
        return "chained ="
    if seen_comma:
        return "comma-separated list"
    return "other"


OPENERS = {"(": ")", "[": "]", "\\{": "\\}", "{": "}", "\\langle": "\\rangle", "\\lVert": "\\rVert"}
CLOSERS = {v: k for k, v in OPENERS.items()}


def enclosing_group(tokens, at):
    """How the innermost group open at token index `at` was opened: `(`, `[`, `\\{`, `^{`, `\\text{`, …"""
    stack = []
    for i, m in enumerate(tokens[:at]):
        t = m.group(0)
        if t in OPENERS:
            if t == "{":
                prev = tokens[i - 1].group(0) if i else ""
                label = prev + "{" if prev in ("_", "^") or (prev.startswith("\\") and len(prev) > 2) else "{"
                stack.append(label)
            else:
                stack.append(t)
        elif t in CLOSERS and stack:
            stack.pop()
    return stack[-1] if stack else None


def context_of(line, diag, key):
    """A short description of where the first error sits, for finer grouping."""
    offset = max(0, (diag.get("column") or 1) - 1)
    if key[1].startswith("expected a declaration"):
        return top_level_relation(statement_at(line, offset))
    tokens = list(TOKEN.finditer(line))
    at = next((i for i, m in enumerate(tokens) if m.start() <= offset < max(m.end(), m.start() + 1)), None)
    if at is None:
        at = next((i for i, m in enumerate(tokens) if m.start() >= offset), len(tokens))
    if key[2] in ("|", "}", "\\|"):
        # `|` (conditional, set-builder, absolute value) and a stray `}` say most about the group they are in
        group = enclosing_group(tokens, at)
        return f"inside {group}" if group else "at top level"
    j = at - 1
    while j >= 0 and tokens[j].group(0) in SKIP_BEFORE:
        j -= 1
    if j < 0 or tokens[j].group(0) == "\\\\":
        return "at statement start"
    return f"after {tokens[j].group(0)}"


def first_error(diags):
    errors = [d for d in diags if d.get("severity") == "error"]
    if not errors:
        return None
    return min(errors, key=lambda d: (d.get("line") or 0, d.get("column") or 0))


# ---------------------------------------------------------------------------------------------
# Markdown


def truncate(text, n=TRUNCATE):
    return text if len(text) <= n else text[:n].rstrip() + "…"


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def git_describe():
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "grammar", "compiler", "cli", "runtime",
                                "pom.xml"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return head + (" with uncommitted changes in the sources" if dirty else "")
    except OSError:
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="directory of the .jsonl files")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "COVERAGE.md")
    ap.add_argument("--json", type=Path, help="also write every per-equation result here")
    ap.add_argument("--jar", help="run this eqc jar instead of ./eqc")
    ap.add_argument("--no-build", action="store_true", help="use the existing cli/target/eqc.jar, never rebuild")
    ap.add_argument("--keep", action="store_true", help="keep the temp directory of .eq files")
    ap.add_argument("--jobs", type=int, default=4, help="parallel eqc check runs (default 4)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="eqc-coverage-"))
    try:
        cmd, how = eqc_command(args, tmp)
        print(f"eqc: {' '.join(cmd)}", file=sys.stderr)
        version = warm_up(cmd)
        report = measure(args, cmd, tmp)
    except EqcError as e:
        print(f"coverage: {e}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    report["eqc"] = {"how": how, "version": version, "git": git_describe()}
    write_markdown(report, args.out)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1, ensure_ascii=False, default=list)
    summary(report)
    return 0


def measure(args, cmd, tmp):
    eqs = load_jsonl(args.corpus / EQUATIONS)
    core = load_jsonl(args.corpus / CORE)
    edir, cdir = tmp / "equations", tmp / "core"
    edir.mkdir()
    cdir.mkdir()
    enames = write_files(eqs, edir, "e", 4)
    cnames = write_files(core, cdir, "c", 2)

    # 1. parse
    diags, statements, crashes = parse_many(cmd, enames, edir)
    index = {n: i for i, n in enumerate(enames)}
    by_file = collections.defaultdict(list)
    unattributed = []
    for d in diags:
        name = os.path.basename(d.get("file") or "")
        if name in index:
            by_file[name].append(d)
        elif d.get("severity") == "error":
            unattributed.append(d)
    if unattributed:
        print(f"warning: {len(unattributed)} error diagnostics name no corpus file", file=sys.stderr)
    nstmts = collections.Counter(os.path.basename(s.get("file") or "") for s in statements)

    results = []
    for i, (row, name) in enumerate(zip(eqs, enames)):
        line = to_statement_line(row["latex"])
        r = {"index": i, "id": row["id"], "kind": row.get("kind"), "align": row.get("env") is not None,
             "count": row.get("count", 1), "latex": row["latex"], "file": name, "statements": nstmts[name]}
        if name in crashes:
            r.update(accepted=False, key=("", crashes[name].split(":")[0], None), context="crash",
                     message=crashes[name], all_keys=[("", crashes[name].split(":")[0], None)])
        else:
            first = first_error(by_file[name])
            r["accepted"] = first is None
            if first is not None:
                key = normalise(first.get("code", "?"), first.get("message", ""))
                src = line.split("\n")[0]
                r.update(key=key, context=context_of(src, first, key), message=first.get("message", ""),
                         column=first.get("column"),
                         all_keys=sorted({normalise(d.get("code", "?"), d.get("message", ""))
                                          for d in by_file[name] if d.get("severity") == "error"},
                                         key=str))
        results.append(r)

    # 2. check on the core set
    checked = check_each(cmd, cnames, cdir, max(1, args.jobs))
    core_results = []
    for i, (row, name) in enumerate(zip(core, cnames)):
        cd, crash = checked[name]
        r = {"index": i, "id": row["id"], "category": row.get("category", ""), "latex": row["latex"]}
        if crash:
            r.update(accepted=False, code="", message=crash, key=("", "eqc crashed", None), warnings=0)
        else:
            first = first_error(cd)
            r["warnings"] = sum(1 for d in cd if d.get("severity") == "warning")
            r["errors"] = sum(1 for d in cd if d.get("severity") == "error")
            r["accepted"] = first is None
            if first is not None:
                r.update(code=first.get("code", "?"), message=first.get("message", ""),
                         help=first.get("help") or "",
                         key=normalise(first.get("code", "?"), first.get("message", "")))
        core_results.append(r)

    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "equations": results, "core": core_results}


def group_misses(results):
    groups = collections.defaultdict(list)
    for r in results:
        if not r["accepted"]:
            groups[r["key"]].append(r)
    anywhere = collections.Counter(k for r in results if not r["accepted"] for k in r.get("all_keys", []))
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), render_reason(kv[0])))
    return ordered, anywhere


def pick_examples(members, n=2):
    """The shortest equation of each of the most common contexts, then the shortest others."""
    members = sorted(members, key=lambda r: (len(r["latex"]), r["index"]))
    contexts = [c for c, _ in collections.Counter(r["context"] for r in members).most_common()]
    picked = []
    for c in contexts[:n]:
        picked.append(next(r for r in members if r["context"] == c))
    for r in members:
        if len(picked) >= n:
            break
        if r not in picked:
            picked.append(r)
    return picked


def write_markdown(report, out):
    eqs, core = report["equations"], report["core"]
    n = len(eqs)
    acc = sum(r["accepted"] for r in eqs)
    occ = sum(r["count"] for r in eqs)
    occ_acc = sum(r["count"] for r in eqs if r["accepted"])
    ordered, anywhere = group_misses(eqs)
    L = []
    w = L.append
    w("# Corpus coverage")
    w("")
    w("How much of the [labml.ai](https://nn.labml.ai) equation corpus eqc accepts. Generated by "
      "`scripts/coverage.py`; do not edit by hand. Regenerate with")
    w("")
    w("    python3 scripts/coverage.py              # ./eqc rebuilds the jar first if sources changed")
    w("    python3 scripts/coverage.py --no-build   # use the jar already in cli/target")
    w("")
    w(f"- Date: {report['date']}")
    w(f"- eqc: {report['eqc']['how']}; git {report['eqc']['git']}"
      + (f"; `eqc --version`: {report['eqc']['version']}" if report['eqc'].get('version') else ""))
    w("- Corpus: `labml-equations.jsonl` (unique equations) and `labml-core.jsonl` (hand-picked core set), "
      "from `/work/shared/corpus`.")
    w("")
    w("Method: each equation is written to its own `.eq` file as one line, the LaTeX as given with align "
      "rows joined by `\\\\` (a top-level `\\\\` separates statements). All files go through one "
      "`eqc parse --format json`; an equation is accepted when no error diagnostic names its file. A miss "
      "is classified by its first error; the reason is the code and the message normalised (`unexpected X` "
      "by X, without the `; expected …` tail). The context column is the token before the offending one "
      "(`&` and spacing skipped); for a stray `|` or `}`, the group it sits in (`(`, `\\{`, `_{`, "
      "`\\text{`, …); for statements that are not a declaration, definition or expression, what is at "
      "their top level (a relation, a chain of `=`, a comma-separated list).")
    w("")
    w("## Parse acceptance")
    w("")
    w(f"**{acc} of {n} equations accepted ({pct(acc, n)})**; weighted by occurrences in the labml "
      f"sources: {occ_acc} of {occ} ({pct(occ_acc, occ)}).")
    w("")
    w("| subset | accepted | total | rate |")
    w("|---|---:|---:|---:|")
    subsets = [("display", lambda r: r["kind"] == "display"), ("inline", lambda r: r["kind"] == "inline"),
               ("align environments", lambda r: r["align"]), ("single statement", lambda r: not r["align"])]
    for label, pred in subsets:
        sub = [r for r in eqs if pred(r)]
        a = sum(r["accepted"] for r in sub)
        w(f"| {label} | {a} | {len(sub)} | {pct(a, len(sub))} |")
    w("")
    w("## Miss reasons")
    w("")
    w(f"{n - acc} misses in {len(ordered)} groups. *Misses*: equations whose first error has this reason. "
      "*Anywhere*: equations with this reason among any of their errors.")
    w("")
    w("| # | reason | misses | anywhere | contexts | examples |")
    w("|---:|---|---:|---:|---|---|")
    for rank, (key, members) in enumerate(ordered, 1):
        ctx = collections.Counter(r["context"] for r in members).most_common(4)
        ctxs = "; ".join(f"{fmt_context(c)} ({k})" for c, k in ctx)
        ex = "<br>".join(f"{cell(r['id'])}: {code_span(truncate(to_statement_line(r['latex'])))}"
                         for r in pick_examples(members))
        w(f"| {rank} | {render_reason(key)} | {len(members)} | {anywhere.get(key, len(members))} | {ctxs} | {ex} |")
    w("")
    w("## Every miss")
    w("")
    w("| # | id | latex | reason |")
    w("|---:|---|---|---|")
    for r in eqs:
        if r["accepted"]:
            continue
        where = f" at column {r['column']}" if r.get("column") else ""
        w(f"| {r['index']} | {cell(r['id'])} | {code_span(truncate(to_statement_line(r['latex'])))} | "
          f"{render_reason(r['key'])} ({fmt_context(r['context'])}{where}) |")
    w("")
    cacc = sum(r["accepted"] for r in core)
    w("## Core set: `eqc check`")
    w("")
    w(f"**{cacc} of {len(core)} core equations pass `eqc check`** ({pct(cacc, len(core))}; name "
      "resolution and shapes, warnings allowed). Each file is checked in its own run, because "
      "`eqc check A.eq B.eq …` stops at the first file that fails a stage after parsing. These numbers "
      "move with the resolver and shape work much more than the parse rate does.")
    w("")
    cgroups = collections.Counter(r["key"] for r in core if not r["accepted"])
    if cgroups:
        w("| reason of the first error | equations |")
        w("|---|---:|")
        for key, k in sorted(cgroups.items(), key=lambda kv: (-kv[1], render_reason(kv[0]))):
            w(f"| {render_reason(key)} | {k} |")
        w("")
    w("| # | id | category | latex | accepted? | first error |")
    w("|---:|---|---|---|---|---|")
    for r in core:
        if r["accepted"]:
            res, why = "yes", (f"{r['warnings']} warning(s)" if r.get("warnings") else "")
        else:
            res = "no"
            why = f"{r.get('code', '')} {cell(escape_md(truncate(r['message'], 140)))}".strip()
        w(f"| {r['index']} | {cell(r['id'])} | {cell(r['category'])} | "
          f"{code_span(truncate(to_statement_line(r['latex']), 80))} | {res} | {why} |")
    w("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(L), encoding="utf-8")


def escape_md(message):
    """A raw diagnostic message as Markdown: keep its `code spans`, escape stray emphasis characters."""
    parts = re.split(r"(`[^`]+`)", message)
    return "".join(p if p.startswith("`") and p.endswith("`") and len(p) > 1
                   else re.sub(r"([*_<>\\])", r"\\\1", p) for p in parts)


def fmt_context(ctx):
    m = re.match(r"^(after|top-level|inside|chained) (.+)$", ctx)
    if m:
        return f"{m.group(1)} {code_span(m.group(2))}"
    return ctx


def plain_reason(key):
    code, template, token = key
    return f"{code} " + (template.format(f"`{token}`") if token is not None else template)


def summary(report):
    eqs, core = report["equations"], report["core"]
    acc = sum(r["accepted"] for r in eqs)
    print(f"parse: {acc}/{len(eqs)} accepted ({pct(acc, len(eqs))})")
    ordered, _ = group_misses(eqs)
    for rank, (key, members) in enumerate(ordered[:15], 1):
        ex = pick_examples(members, 1)[0]
        print(f"{rank:2d}. {len(members):4d}  {plain_reason(key)}   e.g. {ex['id']}: {truncate(to_statement_line(ex['latex']), 90)}")
    cacc = sum(r["accepted"] for r in core)
    print(f"check (core): {cacc}/{len(core)} accepted ({pct(cacc, len(core))})")


if __name__ == "__main__":
    sys.exit(main())
