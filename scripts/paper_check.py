#!/usr/bin/env python3
"""Check `eqc run` on paper equations as printed (papers/*.eq) against hand-written PyTorch references.

Run with a Python that has numpy and torch (Debian: /usr/bin/python3 with python3-torch):

    /usr/bin/python3 scripts/paper_check.py [--eqc PATH] [--only NAME ...] [-v] [--json OUT] [--markdown OUT]

For every papers/*.eq and every definition its reference module (scripts/paper_refs.py) checks, it
makes seeded random float32 inputs (positive where a log or root needs it, labels as whole numbers
counted from 0, probabilities normalised), writes them as .npy, runs `eqc run FILE --function NAME
--input ... --output out.npy`, and compares with a float64 reference written from the paper:
|actual - expected| <= 1e-4 |expected| + 1e-5 elementwise (1e-10/1e-12 with --precision double), and
the shapes must agree. Where PyTorch has a library version of the computation the reference is
cross-checked against it first (column `xcheck`); a reference that disagrees with its cross-check
is a bug in this script and fails the run.

Each file x definition x variant is one row, classified as
  pass          eqc's numbers match the reference
  wrong         eqc exited 0 but the numbers or the shape differ  (silent wrong result: the worst)
  warned        only for files marked ambiguous: eqc computed another reading but warned about it
  rejected      eqc exited non-zero with a diagnostic (the code and first message are shown)
  crash         an internal error, a stack trace, a timeout or an unreadable output
  no-reference  no reference for this definition (kept rare)
Extra inputs eqc does not take ("unknown --input") are dropped and the run repeated; the note says so.

Exit status: 0 if no row is `wrong` or `crash` (and every cross-check agrees), 1 otherwise,
2 if the script itself cannot run.
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib

import numpy as np

try:
    import torch
except ImportError:  # pragma: no cover
    print("paper_check.py needs PyTorch (e.g. /usr/bin/python3 with python3-torch)", file=sys.stderr)
    sys.exit(2)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paper_refs as P  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAPERS_DIR = os.path.join(ROOT, "papers")
RTOL, ATOL = 1e-4, 1e-5
RTOL_D, ATOL_D = 1e-10, 1e-12
SEED = 20240607
CLASSES = ["pass", "wrong", "warned", "rejected", "crash", "no-reference"]


def eqc_command(path):
    if path.endswith(".jar"):  # C1 only: these runs are short, and startup dominates
        return ["java", "-XX:TieredStopAtLevel=1", "-jar", path]
    return [path]


def safe(name):
    return re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_") or "x"


def split_names(text):
    """Splits eqc's "a, b, c" lists at commas outside braces (\\theta_{t+1, i} is one name)."""
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "{"
        depth = max(0, depth - (ch == "}"))  # eqc may print unbalanced names (x}_t)
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def norm_sym(s):
    """Loose spelling of a symbol, to match eqc's parameter list against the input names."""
    s = re.sub(r"\\(mathbf|boldsymbol|bm|vec|mathrm|text|operatorname)\s*", "", s)
    return re.sub(r"[\s{}\\]", "", s)


def to_torch(v):
    if isinstance(v, P.Num):
        return v.value
    return torch.from_numpy(np.asarray(v, dtype=np.float64))


def first_diagnostic(stderr, stdout):
    """(code, message) of the first error eqc printed, else its last line."""
    text = stderr.strip() or stdout.strip()
    m = re.search(r"^error\[(E\d+)\]: (.*)$", text, re.M)
    if m:
        return m.group(1), m.group(2).strip()
    m = re.search(r"^eqc: (.*)$", text, re.M)
    if m:
        return "usage", m.group(1).strip()
    lines = [l for l in text.splitlines() if l.strip()]
    return "?", (lines[-1] if lines else "(no message)")


def warnings_of(stderr):
    return sorted(set(re.findall(r"^warning\[(W\d+)\]", stderr, re.M)))


CRASH_MARKERS = ("Exception in thread", "\tat ", "internal error", "java.lang.", "StackOverflowError",
                 "OutOfMemoryError", "NullPointerException")


def run_eqc(eqc, eq, fn, inputs, dims, precision, workdir, tag, verbose):
    """Runs eqc; returns dict(rc, out (array|None), stderr, stdout, cmd, dropped)."""
    given = dict(inputs)
    dims = dict(dims)
    dropped, renamed = [], []
    for attempt in range(8):
        cmd = eqc_command(eqc) + ["run", eq]
        if fn is not None:
            cmd.append("--function=" + fn)
        if precision == "double":
            cmd.append("--precision=double")
        for k, (sym, v) in enumerate(given.items()):
            if isinstance(v, P.Num):
                cmd.append("--input=%s=%s" % (sym, v.cli()))
            else:  # numbered: \theta^{Q} and \theta^{Q'} spell the same file name
                path = os.path.join(workdir, "%s_in%d_%s.npy" % (tag, k, safe(sym)))
                np.save(path, v)
                cmd.append("--input=%s=%s" % (sym, path))
        for d, size in dims.items():
            cmd.append("--dim=%s=%d" % (d, size))
        out = os.path.join(workdir, "%s_out.npy" % tag)
        if os.path.exists(out):
            os.remove(out)
        cmd.append("--output=" + out)
        if verbose:
            print("   $ " + " ".join(shell_quote(c) for c in cmd), flush=True)
        try:
            p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
        except subprocess.TimeoutExpired:
            return dict(rc=None, out=None, stderr="timeout after 600 s", stdout="", cmd=cmd, dropped=dropped,
                        renamed=renamed)
        res = dict(rc=p.returncode, out=None, stderr=p.stderr, stdout=p.stdout, cmd=cmd, dropped=dropped,
                   renamed=renamed)
        if p.returncode == 2:
            m = re.search(r"eqc: unknown --input ([^;]*); (.*)$", p.stderr, re.M)
            if m:  # inputs this definition does not take: keep only the ones eqc lists, and rerun
                takes = set()
                for part in m.group(2).split("; "):
                    if " takes " in part:
                        takes |= {norm_sym(t) for t in split_names(part.split(" takes ", 1)[1])}
                keep = {k: v for k, v in given.items() if norm_sym(k) in takes}
                if len(keep) < len(given):
                    dropped += [k for k in given if k not in keep]
                    given = keep
                    continue
            m = re.search(r"eqc: no definition named '(.*)'; the file defines (.*)$", p.stderr, re.M)
            if m and fn is not None:  # eqc spells the name differently (e.g. x}_t for \mathbf{x}_t)
                want = norm_sym(m.group(1))
                cands = [c for c in split_names(m.group(2))
                         if norm_sym(c) == want or norm_sym(c).startswith(want + "_")]
                if len(cands) == 1 and cands[0] != fn:
                    renamed.append("ran --function %s (eqc's name for %s)" % (cands[0], fn))
                    fn = cands[0]
                    continue
            m = re.search(r"eqc: .* needs --input for (.*)$", p.stderr, re.M)
            if m:  # an input eqc spells differently from the declaration (\mathbf{x}_t as x}_t)
                changed = False
                for miss in split_names(m.group(1)):
                    for k in list(given):
                        if k != miss and norm_sym(k) == norm_sym(miss) and miss not in given:
                            given = {(miss if kk == k else kk): vv for kk, vv in given.items()}
                            renamed.append("passed %s as --input %s" % (k, miss))
                            changed = True
                            break
                if changed:
                    continue
            m = re.search(r"eqc: --dim (\S+?)=\d+: `.*` has no dimension", p.stderr)
            if m and dims:
                for d in list(dims):
                    if d == m.group(1) or norm_sym(d) == norm_sym(m.group(1)):
                        dims.pop(d)
                        dropped.append("--dim " + d)
                continue
        if p.returncode == 0:
            try:
                res["out"] = np.load(out)
            except Exception as e:  # noqa: BLE001
                res["load_error"] = str(e)
        return res
    return res


def shell_quote(s):
    return s if re.fullmatch(r"[A-Za-z0-9_./=:,+-]+", s) else "'" + s.replace("'", "'\\''") + "'"


def compare(actual, expected, rtol, atol):
    e = np.asarray(expected.detach().numpy() if isinstance(expected, torch.Tensor) else expected, dtype=np.float64)
    if tuple(actual.shape) != tuple(e.shape):
        return False, "shape %s, expected %s" % (list(actual.shape), list(e.shape))
    a = actual.astype(np.float64)
    if not np.all(np.isfinite(a)):
        bad = np.argwhere(~np.isfinite(a))[0]
        return False, "non-finite output at %s: got %s expected %.6g" % (list(bad), a[tuple(bad)], e[tuple(bad)])
    diff = np.abs(a - e)
    ok = bool(np.all(diff <= rtol * np.abs(e) + atol))
    if ok:
        return True, "max abs err %.1e" % (float(diff.max()) if diff.size else 0.0)
    i = np.unravel_index(np.argmax(diff - (rtol * np.abs(e) + atol)), diff.shape)
    return False, "at %s got %.6g expected %.6g (max abs err %.3g)" % (list(i), a[i], e[i], float(diff.max()))


def check_case(stem, case, eqc, precision, workdir, verbose):
    rows = []
    eq = os.path.join(PAPERS_DIR, stem + ".eq")
    for vi, variant in enumerate(case.variants):
        rng = np.random.default_rng([SEED, zlib.crc32(stem.encode()), vi])
        inputs = case.inputs(rng, variant)
        args = {k: to_torch(v) for k, v in inputs.items()}
        for di, d in enumerate(case.defs):
            fname = d.function if d.function is not None else "(default)"
            row = dict(file=stem, function=fname, variant=variant, precision=precision, xcheck="-",
                       warnings=[], note="", cls=None, detail="")
            rows.append(row)
            if d.ref is None:
                row.update(cls="no-reference", detail="no reference written")
                continue
            try:
                expected = torch.as_tensor(d.ref(args))
            except Exception as e:  # noqa: BLE001
                row.update(cls="script-error", detail="reference raised %r" % e)
                continue
            if d.xcheck is not None:
                try:
                    lib = torch.as_tensor(d.xcheck(args))
                    xd = float((lib - expected).abs().max()) if lib.shape == expected.shape else float("inf")
                    good = xd <= d.xtol * (1 + float(expected.abs().max()))
                    row["xcheck"] = "%s %.0e %s" % ("ok" if good else "BAD", xd, d.xlabel)
                    if not good:
                        row.update(cls="script-error", detail="reference disagrees with %s by %g" % (d.xlabel, xd))
                        continue
                except Exception as e:  # noqa: BLE001
                    row.update(cls="script-error", detail="cross-check %s raised %r" % (d.xlabel, e))
                    continue
            tag = "%s_%d_%d_%s" % (stem, vi, di, precision)
            r = run_eqc(eqc, eq, d.function, inputs, case.dims, precision, workdir, tag, verbose)
            row["warnings"] = warnings_of(r["stderr"])
            row["command"] = " ".join(shell_quote(c) for c in r["cmd"])
            notes = []
            if r["renamed"]:
                notes.append("NAME: " + "; ".join(r["renamed"]))
                row["renamed"] = r["renamed"]
            if r["dropped"]:
                notes.append("dropped unused " + ", ".join(r["dropped"]))
            row["note"] = "; ".join(notes)
            text = r["stderr"] + r["stdout"]
            if r["rc"] is None or any(m in text for m in CRASH_MARKERS) or r["rc"] not in (0, 1, 2):
                lines = [l for l in text.splitlines() if l.strip()]
                row.update(cls="crash", detail="exit %s: %s" % (r["rc"], " | ".join(lines[:3])[:300]))
                continue
            if r["rc"] != 0:
                code, msg = first_diagnostic(r["stderr"], r["stdout"])
                row.update(cls="rejected", code=code, detail="%s: %s" % (code, msg))
                continue
            if r["out"] is None:
                row.update(cls="crash", detail="exit 0 but output unreadable: %s" % r.get("load_error"))
                continue
            rtol, atol = (RTOL_D, ATOL_D) if precision == "double" else (RTOL, ATOL)
            ok, msg = compare(r["out"], expected, rtol, atol)
            if ok:
                row.update(cls="pass", detail=msg)
            elif case.ambiguous and [w for w in row["warnings"] if w != "W0101"]:
                row.update(cls="warned", detail=msg + " (ambiguous notation; eqc warned %s)" % ",".join(row["warnings"]))
            else:
                w = [x for x in row["warnings"] if x != "W0101"]
                if w:  # eqc computed anyway: still a wrong number, but say that it warned
                    msg += " (eqc warned %s)" % ",".join(w)
                row.update(cls="wrong", detail=msg, got=r["out"].tolist(), expected=expected.tolist(),
                           statement=statement_of(stem, d.function))
    return rows


def statement_of(stem, fn):
    """The line of papers/STEM.eq that defines fn (the last statement for the default)."""
    lines = [l.rstrip("\n") for l in open(os.path.join(PAPERS_DIR, stem + ".eq"), encoding="utf-8")]
    stmts = [l for l in lines if l.strip() and not l.lstrip().startswith("%") and "\\in \\mathbb" not in l]
    if fn is None or fn == "(default)":
        return stmts[-1] if stmts else ""
    for l in stmts:
        if l.lstrip().startswith(fn):
            return l
    key = norm_sym(fn)
    for l in stmts:
        if norm_sym(l).startswith(key):
            return l
    return ""


def git_commit(*paths):
    try:
        return subprocess.run(["git", "log", "-1", "--format=%h", "--"] + list(paths), cwd=ROOT, capture_output=True,
                              text=True, timeout=20).stdout.strip() or "?"
    except Exception:  # noqa: BLE001
        return "?"


def eqc_version(eqc):
    try:
        p = subprocess.run(eqc_command(eqc) + ["--version"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        return (p.stdout.strip() or p.stderr.strip()).splitlines()[0]
    except Exception:  # noqa: BLE001
        return "?"


def write_markdown(path, rows, counts, eqc, files, ndefs):
    amb = sorted({r["file"] for r in rows if P.CASES[r["file"]].ambiguous})
    out = []
    out.append("# papers/: eqc against paper equations as printed\n")
    out.append("Produced by `/usr/bin/python3 scripts/paper_check.py --markdown papers/RESULTS.md` "
               "(see scripts/README.md); the analysis of the baseline is in papers/README.md.\n")
    out.append("- date: %s" % datetime.date.today().isoformat())
    out.append("- commit: `%s` of this worktree; eqc `%s` (`%s`), its sources (compiler, cli, runtime, grammar) "
               "last changed in `%s`" % (git_commit(), os.path.relpath(eqc, ROOT) if os.path.isabs(eqc) else eqc,
                                         eqc_version(eqc), git_commit("compiler", "cli", "runtime", "grammar")))
    out.append("- PyTorch %s, NumPy %s; float32 runs, rule |a-e| <= %g|e| + %g" % (torch.__version__, np.__version__,
                                                                                  RTOL, ATOL))
    out.append("- %d files, %d checked definitions, %d rows (definition x input variant)\n" % (files, ndefs, len(rows)))
    out.append("| class | rows |")
    out.append("|---|---|")
    for c in CLASSES + ["script-error"]:
        if counts.get(c):
            out.append("| %s | %d |" % (c, counts[c]))
    out.append("")
    if amb:
        out.append("Files marked ambiguous (a warning or a rejection is acceptable there): %s\n"
                   % ", ".join("`%s`" % a for a in amb))
    for cls, title in (("wrong", "Silent wrong results"), ("crash", "Crashes"), ("warned", "Warned (ambiguous)"),
                       ("rejected", "Rejected"), ("no-reference", "No reference"),
                       ("script-error", "Script errors")):
        sel = [r for r in rows if r["cls"] == cls]
        if not sel:
            continue
        out.append("## %s (%d)\n" % (title, len(sel)))
        out.append("| file | function | variant | detail |")
        out.append("|---|---|---|---|")
        for r in sel:
            det = r["detail"].replace("|", "\\|").replace("\n", " ")
            if r.get("note"):
                det += " (%s)" % r["note"].replace("|", "\\|")
            out.append("| %s | `%s` | %s | %s |" % (r["file"], r["function"], r["variant"], det))
        out.append("")
    wrong = [r for r in rows if r["cls"] == "wrong"]
    if wrong:
        out.append("### The statements behind the wrong rows\n")
        for r in wrong:
            out.append("- `%s` / `%s`:\n  `%s`" % (r["file"], r["function"], r.get("statement", "")))
        out.append("")
    ren = [r for r in rows if r.get("renamed")]
    if ren:
        out.append("## Names eqc spells differently from the file (%d rows)\n" % len(ren))
        out.append("The script retried these with eqc's own spelling (a user would have to do the same); the "
                   "class above is the numeric result of that retry.\n")
        for r in ren:
            out.append("- `%s` / `%s`: %s" % (r["file"], r["function"], "; ".join(r["renamed"])))
        out.append("")
    passed = sorted({r["file"] for r in rows if r["cls"] == "pass"})
    out.append("## Passing files\n")
    out.append(", ".join("`%s`" % p for p in passed) + "\n")
    with open(path, "w") as f:
        f.write("\n".join(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eqc", default=os.path.join(ROOT, "eqc"), help="the eqc launcher or an eqc .jar (default ./eqc)")
    ap.add_argument("--only", nargs="*", help="file stems to check (papers/NAME.eq)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every eqc command and full details")
    ap.add_argument("--json", metavar="OUT", help="write every row as JSON")
    ap.add_argument("--markdown", metavar="OUT", help="write the results table as Markdown (papers/RESULTS.md)")
    ap.add_argument("--precision", choices=["float", "double"], default="float")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="eqc runs in parallel (default 2)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory of .npy files")
    opts = ap.parse_args()

    eqc = os.path.abspath(opts.eqc) if os.path.exists(opts.eqc) else opts.eqc
    stems = sorted(f[:-3] for f in os.listdir(PAPERS_DIR) if f.endswith(".eq")) if os.path.isdir(PAPERS_DIR) else []
    if not stems:
        print("no papers/*.eq under %s" % ROOT, file=sys.stderr)
        return 2
    if opts.only:
        unknown = [o for o in opts.only if o not in stems]
        if unknown:
            print("no papers/%s.eq" % ", ".join(unknown), file=sys.stderr)
            return 2
        stems = [s for s in stems if s in opts.only]
    workdir = tempfile.mkdtemp(prefix="eqc_paper_check_")
    print("eqc (%s) vs PyTorch %s float64 references, numpy %s, seed %d, %s precision"
          % (eqc, torch.__version__, np.__version__, SEED, opts.precision))
    rows = []
    missing = [s for s in stems if s not in P.CASES]
    for s in missing:
        rows.append(dict(file=s, function="-", variant="-", precision=opts.precision, xcheck="-", warnings=[],
                         note="", cls="no-reference", detail="no case in scripts/paper_refs.py"))
    todo = [s for s in stems if s in P.CASES]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
        futs = {s: ex.submit(check_case, s, P.CASES[s], eqc, opts.precision, workdir, opts.verbose) for s in todo}
        for s in todo:
            rows.extend(futs[s].result())
    rows.sort(key=lambda r: (r["file"], 0))

    hdr = "%-30s %-32s %-7s %-12s %-40s %s" % ("file", "function", "variant", "class", "xcheck", "detail")
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        det = r["detail"] if opts.verbose else r["detail"][:110]
        if r.get("note"):
            det += " [%s]" % r["note"]
        cls = r["cls"].upper() if r["cls"] in ("wrong", "crash", "script-error") else r["cls"]
        print("%-30s %-32s %-7s %-12s %-40s %s" % (r["file"], r["function"][:32], r["variant"][:7], cls,
                                                    r["xcheck"][:40], det))
        if opts.verbose and r.get("command"):
            print("    $ " + r["command"])
    counts = {}
    for r in rows:
        counts[r["cls"]] = counts.get(r["cls"], 0) + 1
    ndefs = len({(r["file"], r["function"]) for r in rows})
    print()
    print("files: %d   definitions: %d   rows: %d" % (len(stems), ndefs, len(rows)))
    print("   ".join("%s: %d" % (c, counts.get(c, 0)) for c in CLASSES + ["script-error"] if c in counts or c in CLASSES))
    wrong = [r for r in rows if r["cls"] == "wrong"]
    if wrong:
        print()
        print("!" * 100)
        print("!!! %d SILENT WRONG RESULT(S): eqc exited 0 with numbers or a shape that differ from the paper" % len(wrong))
        for r in wrong:
            print("!!!   %s  %s  [%s]: %s" % (r["file"], r["function"], r["variant"], r["detail"]))
        print("!" * 100)
    rejected = [r for r in rows if r["cls"] == "rejected"]
    if rejected:
        by = {}
        for r in rejected:
            by.setdefault(r.get("code", "?"), []).append(r["file"])
        print()
        print("rejections by code: " + ", ".join("%s x%d" % (k, len(v)) for k, v in
                                                 sorted(by.items(), key=lambda kv: -len(kv[1]))))
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump(dict(eqc=eqc, seed=SEED, precision=opts.precision, counts=counts, rows=rows), f, indent=1)
    if opts.markdown:
        write_markdown(opts.markdown, rows, counts, eqc, len(stems), ndefs)
    if opts.keep:
        print("inputs and outputs kept in %s" % workdir)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    bad = counts.get("wrong", 0) + counts.get("crash", 0) + counts.get("script-error", 0)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
