#!/usr/bin/env python3
"""Time eqc's generated code against PyTorch / NumPy references and print a Markdown ratio table.

Standard library only. Run it with the default `python3` from anywhere:

    python3 scripts/bench_compare.py                       # every workload, 3 rounds, 2 threads
    python3 scripts/bench_compare.py --quick               # 1 round, one reference each: a few minutes
    python3 scripts/bench_compare.py --only gelu softmax   # some workloads (--list names them)
    python3 scripts/bench_compare.py --scaling             # also the sweeps (attention vs n,
                                                           # GEMM vs n, threads 1 -> 2)
    python3 scripts/bench_compare.py --write-doc           # also put the tables into
                                                           # docs/PERFORMANCE.md between its markers

Each measurement is one fresh process: `./eqc bench ...` (which adds the Vector API module, builds
the inputs before the clock starts and prints the median of --runs timed calls after --warmup
untimed ones), or a reference snippet run by a Python child: `/usr/bin/python3` for PyTorch
(Debian's 1.13; --torch-python), `python3` for NumPy with OpenBLAS (--numpy-python). The children
do the same: seeded float32 inputs first, then warm-up, then --runs timed calls, median.

It says how long it expects to run before the first measurement (the full run takes tens of
minutes; --quick a few).

For every workload the rounds alternate: eqc, then each reference, then again (the order is
reversed every other round, so slow drift of the machine, e.g. thermal or a noisy neighbour,
hits both sides alike). A side's figure is the median of its per-round medians; the spread of
the per-round medians is printed too. ratio = eqc / reference; for workloads with several
references the target is judged against the fastest one. One workload failing (an error, a
timeout) is reported in its row and the others still run.

All sides use the same thread count (--threads, default 2): `eqc bench --threads`,
torch.set_num_threads and OMP_NUM_THREADS, OPENBLAS_NUM_THREADS for NumPy (NumPy's own
element-wise loops are single-threaded whatever the setting: only its matrix products use
OpenBLAS threads).
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EQC = os.path.join(ROOT, "eqc")
DOC = os.path.join(ROOT, "docs", "PERFORMANCE.md")
MARK = "<!-- bench_compare:{}:{} -->"  # e.g. <!-- bench_compare:table:begin -->

# ---------------------------------------------------------------------------------------
# References: Python snippets run in a child process. SETUP builds the inputs (float32,
# uniform in [0.1, 0.9) like eqc bench's seeded inputs); STMT is the timed call.
# ---------------------------------------------------------------------------------------
CHILD = r'''
import json, os, statistics, sys, time
THREADS = int(os.environ["BENCH_THREADS"]); RUNS = int(os.environ["BENCH_RUNS"]); WARMUP = int(os.environ["BENCH_WARMUP"])
{imports}
{setup}
def run():
{stmt}
WARMUP_END = time.perf_counter() + float(os.environ["BENCH_WARMUP_TIME"])
warmed = 0
while warmed < WARMUP or time.perf_counter() < WARMUP_END:
    run()
    warmed += 1
ts = []
for _ in range(RUNS):
    t0 = time.perf_counter()
    run()
    ts.append((time.perf_counter() - t0) * 1e3)
print(json.dumps({{"median_ms": statistics.median(ts), "min_ms": min(ts), "runs": RUNS}}))
'''

TORCH_IMPORTS = """import math
import torch
import torch.nn.functional as F
torch.set_num_threads(THREADS)
torch.manual_seed(0)
torch.set_grad_enabled(False)
def rand(*shape):
    return torch.rand(*shape, dtype=torch.float32) * 0.8 + 0.1"""

NUMPY_IMPORTS = """import numpy as np
rng = np.random.default_rng(0)
def rand(*shape):
    return (rng.random(shape, dtype=np.float32) * np.float32(0.8) + np.float32(0.1))"""


class Ref:
    """One reference implementation: kind 'torch' or 'numpy', a setup and a timed statement."""

    def __init__(self, label, kind, setup, stmt):
        self.label, self.kind, self.setup, self.stmt = label, kind, setup, stmt


class Workload:
    def __init__(self, name, title, size, eqc_args, refs, target, note=""):
        self.name, self.title, self.size = name, title, size
        self.eqc_args, self.refs, self.target, self.note = eqc_args, refs, target, note


D16M = 1 << 24
GELU_EAGER = "    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))"
ADAM_SETUP = """p = rand({d}); g = rand({d}); m = rand({d}); v = rand({d})
alpha, beta1, beta2, t, eps = 1e-3, 0.9, 0.999, 3, 1e-8"""


def attention_numpy(n, m, dk, dv):
    # Q K^T / sqrt(d_k), max-shifted softmax over the last axis, then @ V; in place where NumPy can.
    return Ref("NumPy/OpenBLAS `Q@K.T/8`, stable softmax, `@V`", "numpy",
               f"Q = rand({n}, {dk}); K = rand({m}, {dk}); V = rand({m}, {dv}); scale = np.float32(1 / {math.sqrt(dk)})",
               "    s = Q @ K.T\n    s *= scale\n    s -= s.max(axis=-1, keepdims=True)\n    np.exp(s, out=s)\n"
               "    s /= s.sum(axis=-1, keepdims=True)\n    return s @ V")


def attention_eqc(n, m, dk, dv):
    return ["examples/attention.eq", "--dim", f"n={n}", "--dim", f"m={m}", "--dim", f"d_k={dk}", "--dim", f"d_v={dv}"]


def ffn_numpy(batch, dmodel, dff):
    return Ref("NumPy/OpenBLAS `relu(x@W1+b1)@W2+b2`", "numpy",
               f"x = rand({batch}, {dmodel}); W1 = rand({dmodel}, {dff}); b1 = rand({dff}); "
               f"W2 = rand({dff}, {dmodel}); b2 = rand({dmodel})",
               "    h = x @ W1\n    h += b1\n    np.maximum(h, 0, out=h)\n    y = h @ W2\n    y += b2\n    return y")


def ffn_eqc(batch, dmodel, dff):
    return ["examples/ffn.eq", "--dim", f"d_model={dmodel}", "--dim", f"d_ff={dff}", "--batch", str(batch)]


WORKLOADS = [
    Workload("gelu", "GELU (tanh form)", "16M", ["examples/gelu.eq", "--dim", f"d={D16M}"], [
        Ref("torch `F.gelu(x, approximate='tanh')`", "torch", f"x = rand({D16M})",
            "    return F.gelu(x, approximate='tanh')"),
        Ref("torch eager formula", "torch", f"x = rand({D16M})", GELU_EAGER),
    ], 0.5),
    Workload("gelu-erf", "GELU (erf form)", "16M", ["examples/gelu_exact.eq", "--dim", f"d={D16M}"], [
        Ref("torch `F.gelu(x)`", "torch", f"x = rand({D16M})", "    return F.gelu(x)"),
        Ref("torch eager formula", "torch", f"x = rand({D16M})",
            "    return x / 2 * (1 + torch.erf(x / math.sqrt(2)))"),
    ], None, "not one of the issue's targets: it times the vector erf (docs/TRANSCENDENTALS.md)."),
    Workload("adam", "Adam step (θ, m, v in place)", "16M params",
             ["examples/adam.eq", "--dim", f"d={D16M}"], [
        Ref("torch `optim.Adam(foreach=True).step()`", "torch",
            ADAM_SETUP.format(d=D16M) + "\np.grad = g\nopt = torch.optim.Adam([p], lr=alpha, betas=(beta1, beta2), "
            "eps=eps, foreach=True)",
            "    opt.step()"),
        Ref("torch in-place formula", "torch", ADAM_SETUP.format(d=D16M),
            "    m.mul_(beta1).add_(g, alpha=1 - beta1)\n    v.mul_(beta2).addcmul_(g, g, value=1 - beta2)\n"
            "    denom = (v / (1 - beta2 ** t)).sqrt_().add_(eps)\n"
            "    p.addcdiv_(m, denom, value=-alpha / (1 - beta1 ** t))\n    return p"),
    ], 0.5, "every side updates θ, m and v in place: eqc times the generated `step` (UpdateRule), "
            "one pass that reads θ, g, m, v and writes θ, m, v."),
    Workload("layernorm", "LayerNorm with γ, β", "[4096, 1024]",
             ["examples/layer_norm_builtins.eq", "--dim", "d=1024", "--batch", "4096"], [
        Ref("torch `F.layer_norm`", "torch", "x = rand(4096, 1024); gamma = rand(1024); beta = rand(1024)",
            "    return F.layer_norm(x, (1024,), gamma, beta, eps=1e-5)"),
        Ref("torch eager formula", "torch", "x = rand(4096, 1024); gamma = rand(1024); beta = rand(1024)",
            "    mu = x.mean(-1, keepdim=True)\n    var = x.var(-1, unbiased=False, keepdim=True)\n"
            "    return gamma * (x - mu) / torch.sqrt(var + 1e-5) + beta"),
    ], 0.7),
    Workload("rmsnorm", "RMSNorm", "[4096, 1024]",
             ["examples/rms_norm.eq", "--dim", "n=1024", "--batch", "4096"], [
        Ref("torch eager formula", "torch", "a = rand(4096, 1024); g = rand(4096, 1024)",
            "    return a / torch.sqrt((a * a).mean(-1, keepdim=True)) * g"),
    ], 0.7, "ā of rms_norm.eq is a value, so `eqc bench --batch` batches g too: both sides use "
            "a and g of [4096, 1024]."),
    Workload("softmax", "softmax, last axis", "[4096, 4096]",
             ["examples/softmax.eq", "--dim", "n=4096", "--batch", "4096"], [
        Ref("torch `torch.softmax(x, -1)`", "torch", "x = rand(4096, 4096)", "    return torch.softmax(x, -1)"),
    ], 0.8),
    Workload("attention", "attention", "n=m=2048, d_k=d_v=64", attention_eqc(2048, 2048, 64, 64),
             [attention_numpy(2048, 2048, 64, 64)], 1.0),
    Workload("ffn", "Transformer FFN (x a vector, batched)", "batch 1024, d_model 1024, d_ff 4096",
             ffn_eqc(1024, 1024, 4096), [ffn_numpy(1024, 1024, 4096)], 1.2),
    Workload("sgemm", "GEMM, float32 (ffn.eq with every size 2048: two 2048³ products)", "n=2048",
             ffn_eqc(2048, 2048, 2048), [ffn_numpy(2048, 2048, 2048)], 1.43,
             "the target is the issue's ≥ 70% of OpenBLAS's GFLOP/s (ratio ≤ 1/0.7); the bias and ReLU passes "
             "are ~1% of the time on both sides."),
]



def into_reused_out(w):
    """The same workload with eqc timing the method's `out` form into one tensor reused by every run
    (`eqc bench --reuse-output`): the references' allocators hand back the block freed by the previous
    call without clearing it, while a new Java array is zeroed by the JVM and later collected."""
    return Workload(w.name + "-out", w.title + ", into a reused `out`", w.size, w.eqc_args + ["--reuse-output"],
                    w.refs, w.target, "")


# The fused (memory-bound) workloads, again with the result written into a reused tensor.
def with_new_output(w):
    """The workload as a one-off call costs: a new result each call (`eqc bench --new-output`; `eqc bench`
    times the `out` form by default where a method has one). Harmless for methods without it."""
    if w.name == "adam":
        return w  # the update rule's step writes in place
    return Workload(w.name, w.title, w.size, w.eqc_args + ["--new-output"], w.refs, w.target, w.note)


WORKLOADS = [v for w in WORKLOADS
             for v in ([with_new_output(w), into_reused_out(w)] if w.name in ("gelu", "layernorm", "rmsnorm", "softmax")
                       else [with_new_output(w)])]


# ---------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------
class Failed(Exception):
    pass


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run_json(cmd, env, timeout):
    """Runs cmd, returns the last stdout line parsed as JSON; raises Failed with a short reason."""
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"timed out after {timeout:.0f} s")
    except OSError as e:
        raise Failed(str(e))
    lines = [ln for ln in p.stdout.splitlines() if ln.strip().startswith("{")]
    if p.returncode != 0 or not lines:
        err = [ln for ln in (p.stderr + p.stdout).splitlines()
               if ln.strip() and "Using incubator modules" not in ln]
        raise Failed(f"exit {p.returncode}: " + (err[-1].strip() if err else "no output")[:200])
    return json.loads(lines[-1])


def measure_eqc(args, threads, opts):
    cmd = [EQC, "bench"] + args + ["--threads", str(threads), "--runs", str(opts.runs), "--warmup", str(opts.warmup),
                                   "--warmup-time", str(opts.warmup_time)]
    if opts.verbose:
        log("  $ " + " ".join(cmd))
    return run_json(cmd, dict(os.environ), opts.timeout)


def measure_ref(ref, threads, opts):
    python = opts.torch_python if ref.kind == "torch" else opts.numpy_python
    imports = TORCH_IMPORTS if ref.kind == "torch" else NUMPY_IMPORTS
    code = CHILD.format(imports=imports, setup=ref.setup, stmt=ref.stmt)
    env = dict(os.environ, BENCH_THREADS=str(threads), BENCH_RUNS=str(opts.runs), BENCH_WARMUP=str(opts.warmup),
               BENCH_WARMUP_TIME=str(opts.warmup_time),
               OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads))
    if opts.verbose:
        log(f"  $ {python} -c <{ref.label}>")
    return run_json([python, "-c", code], env, opts.timeout)


class Result:
    """Per-round medians of one side of one workload (or the reason it failed)."""

    def __init__(self, label):
        self.label, self.rounds, self.error, self.info = label, [], None, {}

    def add(self, fn):
        if self.error:
            return  # a side that failed once is not retried: its number would be misleading
        try:
            out = fn()
            self.rounds.append(out["median_ms"])
            self.info = out
        except Failed as e:
            self.error = str(e)
        except Exception as e:  # a bug in one workload must not cost the others
            self.error = f"{type(e).__name__}: {e}"

    @property
    def median(self):
        return statistics.median(self.rounds) if self.rounds and not self.error else None

    def spread(self):
        if len(self.rounds) < 2 or self.error:
            return ""
        return f" ({num(min(self.rounds))}–{num(max(self.rounds))})"


LOADS = []  # 1-minute load average after each measurement


def loadavg():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def load_note(start):
    """A warning when something else competed for the cores (this script alone keeps the load near 1-2)."""
    cores = os.cpu_count() or 1
    peak = max([start] + LOADS)
    text = f"1-minute load average {start:.1f} at the start, at most {peak:.1f} during the run ({cores} cores)"
    # The 1-minute average lags by about a minute, so a build just before the run still shows at
    # the start; above one busy core at the start, or more than the cores during it, something
    # else competed.
    if start > 1.0 or peak > cores + 0.5:
        text += (". **Other processes were using the machine**: the medians include their interference "
                 "(alternating rounds spread it over both sides, but do not remove it); re-run on a quiet machine")
    return "- Load: " + text + "."


def compare(workload, threads, opts):
    """Alternates eqc and the references over opts.rounds rounds; returns (eqc Result, [ref Results])."""
    eqc = Result("eqc")
    refs = [Result(r.label) for r in workload.refs]
    for rnd in range(opts.rounds):
        order = [("eqc", None)] + [("ref", i) for i in range(len(workload.refs))]
        if rnd % 2 == 1:
            order.reverse()
        for kind, i in order:
            t0 = time.time()
            if kind == "eqc":
                eqc.add(lambda: measure_eqc(workload.eqc_args, threads, opts))
                r = eqc
            else:
                refs[i].add(lambda: measure_ref(workload.refs[i], threads, opts))
                r = refs[i]
            shown = r.error if r.error else f"{r.rounds[-1]:.4g} ms"
            LOADS.append(loadavg())
            log(f"  {workload.name} round {rnd + 1}/{opts.rounds} {r.label}: {shown} ({time.time() - t0:.0f} s, "
                f"load {LOADS[-1]:.1f})")
    return eqc, refs


# ---------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------
def num(x):
    """4 significant digits, but no exponent for long times (12345 ms, not 1.234e+04)."""
    return f"{x:.0f}" if x >= 1e4 else f"{x:.4g}"


def fmt_ms(r):
    if r.error:
        return "failed: " + r.error.replace("|", "\\|")
    return f"{num(r.median)}{r.spread()}"


def ratio_table(rows):
    out = ["| workload | size | eqc median ms | reference | ref median ms | ratio | target |",
           "|---|---|---|---|---|---|---|"]
    notes = []
    for w, eqc, refs in rows:
        ok = [r for r in refs if r.median]
        fastest = min(ok, key=lambda r: r.median) if ok else None
        for k, r in enumerate(refs):
            ratio = eqc.median / r.median if eqc.median and r.median else None
            ratio_s = f"{ratio:.2f}" if ratio is not None else "–"
            if w.target is None:
                target = "–"
                if r is fastest and ratio is not None and len(refs) > 1:
                    ratio_s = f"**{ratio_s}**"
            elif r is fastest and ratio is not None:
                verdict = "met" if ratio <= w.target else "not met"
                target = f"≤ {w.target} ({verdict})"
                if len(refs) > 1:
                    ratio_s = f"**{ratio_s}**"
            elif len(refs) > 1:
                target = f"≤ {w.target} vs fastest ref"
            else:
                target = f"≤ {w.target}"
            first = k == 0
            out.append(f"| {w.title if first else ''} | {w.size if first else ''} | {fmt_ms(eqc) if first else ''} "
                       f"| {r.label} | {fmt_ms(r)} | {ratio_s} | {target} |")
        if w.note:
            notes.append(f"- {w.title}: {w.note}")
    return "\n".join(out + ([""] + notes if notes else []))


# ---------------------------------------------------------------------------------------
# Scaling sweeps
# ---------------------------------------------------------------------------------------
def scaling(opts):
    """Attention vs n, GEMM vs n (ffn.eq with every size n: two n×n×n products), threads 1 -> 2."""
    sections = []
    # attention vs n: 4 n² d flops (QK^T and PV, d = 64) plus the softmax's n² exponentials
    rows = ["| n = m | eqc ms | eqc GFLOP/s | NumPy ms | NumPy GFLOP/s | ratio |", "|---|---|---|---|---|---|"]
    for n in opts.attention_sizes:
        w = Workload(f"attention-{n}", "attention", f"n={n}", attention_eqc(n, n, 64, 64),
                     [attention_numpy(n, n, 64, 64)], 1.5)
        eqc, (ref,) = compare(w, opts.threads, opts)
        flops = 4.0 * n * n * 64
        rows.append(f"| {n} | {fmt_ms(eqc)} | {gflops(flops, eqc)} | {fmt_ms(ref)} | {gflops(flops, ref)} "
                    f"| {ratio(eqc, ref)} |")
    sections.append("Attention vs n (d_k = d_v = 64; GFLOP/s counts the two products, 4·n²·64):\n\n" + "\n".join(rows))
    # GEMM vs n through ffn.eq: x [n, n], W_1 [n, n], W_2 [n, n] -> 2 products of 2n³ flops each
    rows = ["| n | eqc ms | eqc GFLOP/s | NumPy ms | NumPy GFLOP/s | ratio |", "|---|---|---|---|---|---|"]
    for n in opts.gemm_sizes:
        w = Workload(f"gemm-{n}", "FFN", f"n={n}", ffn_eqc(n, n, n), [ffn_numpy(n, n, n)], 1.5)
        eqc, (ref,) = compare(w, opts.threads, opts)
        flops = 4.0 * n ** 3
        rows.append(f"| {n} | {fmt_ms(eqc)} | {gflops(flops, eqc)} | {fmt_ms(ref)} | {gflops(flops, ref)} "
                    f"| {ratio(eqc, ref)} |")
    sections.append("GEMM vs n, through examples/ffn.eq with batch = d_model = d_ff = n (two n×n×n products "
                    "plus bias and ReLU; GFLOP/s counts 4n³):\n\n" + "\n".join(rows))
    # threads 1 -> 2 for each selected workload, every side
    rows = ["| workload | side | 1 thread ms | 2 threads ms | speed-up |", "|---|---|---|---|---|"]
    for w in opts.selected:
        one = compare(w, 1, opts)
        two = compare(w, 2, opts)
        for a, b in zip([one[0]] + one[1], [two[0]] + two[1]):
            rows.append(f"| {w.title} | {a.label} | {fmt_ms(a)} | {fmt_ms(b)} | {ratio(a, b)} |")
    sections.append("Threads 1 → 2 (speed-up = 1-thread time / 2-thread time; NumPy's element-wise "
                    "work stays single-threaded):\n\n" + "\n".join(rows))
    return "\n\n".join(sections)


def gflops(flops, r):
    return f"{flops / (r.median * 1e6):.1f}" if r.median else "–"


def ratio(a, b):
    return f"{a.median / b.median:.2f}" if a.median and b.median else "–"


# ---------------------------------------------------------------------------------------
# Machine
# ---------------------------------------------------------------------------------------
def sh(cmd, env=None):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
        return (p.stdout + p.stderr).strip()
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e})"


def cpuinfo():
    info = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if ":" in line:
                    k, v = line.split(":", 1)
                    info.setdefault(k.strip(), v.strip())
    except OSError:
        pass
    return info


def machine(opts):
    c = cpuinfo()
    flags = set(c.get("flags", "").split())
    simd = ", ".join(f for f in ("avx2", "fma", "avx512f") if f in flags) or "none of avx2/fma/avx512f"
    mhz = float(c.get("cpu MHz", "0") or 0)
    cores = os.cpu_count() or 1
    # Zen 2+ / Haswell+: 2 FMA units of 8 floats (16 with AVX-512 at full width: Zen 5, Xeon with two
    # 512-bit FMA ports; Zen 4 splits a 512-bit FMA in two, so it counts as 8); 2 flops per FMA
    lanes = 16 if "avx512f" in flags else 8
    peak = cores * 2 * lanes * 2 * mhz / 1000 if "fma" in flags and "avx2" in flags else None
    java = sh(["java", "-version"]).splitlines()
    torch_v = sh([opts.torch_python, "-c", "import torch; print(torch.__version__); "
                  "cfg = torch.__config__.show(); import re; m = re.search(r'BLAS_INFO=([^,\\n]*)', cfg); "
                  "print(m.group(1) if m else '?')"]).splitlines()
    np_v = sh([opts.numpy_python, "-c", "import numpy as np\ntry:\n  c = np.show_config(mode='dicts')\n"
               "  b = c['Build Dependencies']['blas']; print(np.__version__); print(b.get('name'), b.get('version'))\n"
               "except Exception:\n  print(np.__version__); print('?')"]).splitlines()
    lines = [
        f"- CPU: {c.get('model name', platform.processor() or '?')} (family {c.get('cpu family', '?')}, "
        f"model {c.get('model', '?')}), {cores} cores, {mhz:.0f} MHz reported, {simd}",
        f"- Java: {java[0] if java else '?'}; eqc kernels: {opts.kernels}",
        f"- PyTorch: {torch_v[0] if torch_v else '?'} (BLAS {torch_v[1] if len(torch_v) > 1 else '?'}) "
        f"via {opts.torch_python}",
        f"- NumPy: {np_v[0] if np_v else '?'} ({np_v[1] if len(np_v) > 1 else '?'}) via {opts.numpy_python}",
        "- OpenBLAS picks its kernel by CPU type at load time (DYNAMIC_ARCH): `OPENBLAS_CORETYPE`, "
        "or a VM reporting a different CPU or L2 size, can change the NumPy numbers.",
    ]
    if peak:
        lines.append(f"- FMA peak (float32): {cores} cores × 2 FMA units × {lanes} floats × 2 flops × "
                     f"{mhz / 1000:.2f} GHz ≈ {peak:.0f} GFLOP/s at the reported clock (boost clocks "
                     f"can exceed it; compare the NumPy GEMM's GFLOP/s in the scaling section)")
    if opts.bandwidth:
        bw = sh([opts.numpy_python, "-c", BANDWIDTH], env=dict(os.environ, OPENBLAS_NUM_THREADS="1"))
        bw2 = sh([opts.torch_python, "-c", BANDWIDTH_TORCH.replace("THREADS", str(opts.threads))])
        lines.append(f"- Memory bandwidth (copy of 256 MB, bytes read + written per second): {bw} with NumPy "
                     f"(1 thread), {bw2} with torch `copy_` ({opts.threads} threads)")
    return "\n".join(lines)


BANDWIDTH = r'''
import numpy as np, time
a = np.ones(1 << 26, dtype=np.float32); b = np.empty_like(a)
best = 1e9
for _ in range(7):
    t = time.perf_counter(); np.copyto(b, a); best = min(best, time.perf_counter() - t)
print(f"{2 * a.nbytes / best / 1e9:.1f} GB/s")
'''


BANDWIDTH_TORCH = r'''
import torch, time
torch.set_num_threads(THREADS)
a = torch.ones(1 << 26, dtype=torch.float32); b = torch.empty_like(a)
best = 1e9
for _ in range(7):
    t = time.perf_counter(); b.copy_(a); best = min(best, time.perf_counter() - t)
print(f"{2 * a.numel() * 4 / best / 1e9:.1f} GB/s")
'''


def commit():
    head = sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = sh(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"])
    return head + (" + uncommitted changes" if dirty else "")


# ---------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------
def selected(opts):
    if not opts.only:
        return WORKLOADS
    by_name = {w.name: w for w in WORKLOADS}
    unknown = [n for n in opts.only if n not in by_name]
    if unknown:
        sys.exit(f"bench_compare: unknown workload(s) {', '.join(unknown)}; --list shows the names")
    return [by_name[n] for n in opts.only]


# Rough cost of one measurement beyond its warm-up and timed runs: starting the process and building
# the inputs (a JVM or a Python with torch: 1-3 s), and for eqc the settle windows after the warm-up.
START_S = {"eqc": 4.0, "torch": 2.5, "numpy": 1.0}
# Typical median of one call in ms (this machine class), to estimate the timed runs and warm-up counts.
TYPICAL_MS = {"gelu": 250, "gelu-erf": 200, "adam": 400, "layernorm": 20, "rmsnorm": 20, "softmax": 40,
              "attention": 20, "ffn": 120, "sgemm": 120}


def estimate(workloads, opts):
    """How long the run will take, roughly: announced before the first clock starts."""
    total = 0.0
    count = 0
    for w in workloads:
        call_s = TYPICAL_MS.get(w.name.removesuffix("-out"), 100) / 1000
        per = opts.warmup_time + max(0, opts.warmup - opts.warmup_time / call_s) * call_s + opts.runs * call_s
        sides = [START_S["eqc"]] + [START_S[r.kind] for r in w.refs]
        total += opts.rounds * sum(per + start for start in sides)
        count += opts.rounds * len(sides)
    if opts.scaling:
        sweeps = len(opts.attention_sizes) + len(opts.gemm_sizes)
        total += opts.rounds * 2 * sweeps * (opts.warmup_time + 6) + 2 * total
        count += opts.rounds * 2 * sweeps
    minutes = total / 60
    return (f"bench_compare: {count} measurements, each a fresh process; expect about {minutes:.0f} min "
            f"({'--quick' if opts.quick else 'use --quick for a first look in a few minutes'}; "
            f"a loaded machine takes longer)")


def write_doc(path, name, text):
    begin, end = MARK.format(name, "begin"), MARK.format(name, "end")
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    if begin not in doc or end not in doc:
        log(f"bench_compare: {path} has no {begin} … {end} markers; not written")
        return
    head, rest = doc.split(begin, 1)
    _, tail = rest.split(end, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + begin + "\n" + text.strip() + "\n" + end + tail)
    log(f"bench_compare: wrote {name} into {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="+", metavar="NAME", help="workloads to run (default: all; see --list)")
    ap.add_argument("--list", action="store_true", help="list the workloads and exit")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds per workload (default 3)")
    ap.add_argument("--runs", type=int, default=10, help="timed runs per measurement (default 10)")
    # Every measurement is a fresh process, so the JIT starts cold each time: ten untimed calls
    # let C2 compile the hot loops (the first FFN call takes ~7x a warm one); the references get
    # the same warm-up.
    ap.add_argument("--warmup", type=int, default=10, help="untimed runs per measurement, at least (default 10)")
    # Warm-up by time as well as by count, as JMH does: the JVM compiles a kernel's parallel body
    # (with the Vector API intrinsics, slow until then) with C2 only after enough calls, and a
    # compilation that lands in the timed runs takes one of the two cores. Measured: LayerNorm
    # [4096, 1024] into a reused out, 2.1 ms after 10 warm-up calls, 1.24 after 50; attention
    # n = 2048, 13.5 ms after 20 calls, 21-27 ms after 50 (C2 compiling its tile loop then), 13.6
    # after 3 s. Both sides get the same warm-up.
    ap.add_argument("--warmup-time", type=float, default=3.0,
                    help="and keep warming up until this many seconds have passed (default 3)")
    ap.add_argument("--threads", type=int, default=2, help="threads for every side (default 2)")
    ap.add_argument("--scaling", action="store_true", help="also run the scaling sweeps")
    ap.add_argument("--attention-sizes", type=int, nargs="+", default=[512, 1024, 2048, 4096], metavar="N")
    ap.add_argument("--gemm-sizes", type=int, nargs="+", default=[256, 512, 1024, 2048], metavar="N")
    ap.add_argument("--no-ratios", action="store_true", help="skip the ratio table (e.g. with --scaling alone)")
    ap.add_argument("--no-bandwidth", dest="bandwidth", action="store_false",
                    help="skip the memory-bandwidth measurement in the machine section")
    ap.add_argument("--write-doc", nargs="?", const=DOC, metavar="PATH",
                    help="also write the tables between the bench_compare marker comments of PATH "
                         "(default docs/PERFORMANCE.md)")
    ap.add_argument("--json", metavar="PATH", help="also write every per-round median as JSON")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds per measurement (default 1200)")
    ap.add_argument("--torch-python", default="/usr/bin/python3", help="Python with PyTorch (default /usr/bin/python3)")
    ap.add_argument("--numpy-python", default="python3", help="Python with NumPy (default python3)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each command")
    ap.add_argument("--quick", action="store_true",
                    help="a first look in a few minutes: 1 round, 5 timed runs, 1 s of warm-up, only each "
                         "workload's first reference, no bandwidth probe (ratios within ~15%% of a target need "
                         "the full run)")
    opts = ap.parse_args()
    if opts.quick:
        opts.rounds, opts.runs, opts.warmup, opts.warmup_time, opts.bandwidth = 1, 5, 5, 1.0, False

    if opts.list:
        for w in WORKLOADS:
            goal = f"target ≤ {w.target}" if w.target is not None else "no target"
            print(f"{w.name:10} {w.title}, {w.size}; {goal} vs " + "; ".join(r.label for r in w.refs))
        return 0
    if opts.rounds < 1 or opts.runs < 1 or opts.warmup < 0 or opts.warmup_time < 0 or opts.threads < 1:
        ap.error("--rounds, --runs and --threads must be at least 1, --warmup and --warmup-time not negative")
    workloads = selected(opts)
    if opts.quick:
        workloads = [Workload(w.name, w.title, w.size, w.eqc_args, w.refs[:1], w.target, w.note) for w in workloads]
    opts.selected = workloads
    log(estimate(workloads, opts))

    # Build (if stale) and learn which kernels eqc uses, before any clock runs.
    try:
        probe = measure_eqc(["examples/gelu.eq", "--dim", "d=16"], opts.threads,
                            argparse.Namespace(**{**vars(opts), "runs": 1, "warmup": 0, "warmup_time": 0}))
        opts.kernels = probe.get("kernels", "?")
        if probe.get("vector_bits"):
            opts.kernels += f" ({probe['vector_bits']}-bit vectors)"
    except Failed as e:
        log(f"bench_compare: eqc does not run: {e}")
        opts.kernels = "?"

    start_load = loadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    raw = {"date": started.isoformat(timespec="seconds"), "commit": commit(), "threads": opts.threads,
           "rounds": opts.rounds, "runs": opts.runs, "warmup": opts.warmup, "warmup_time": opts.warmup_time,
           "workloads": {}}
    header = (f"Measured {started:%Y-%m-%d %H:%M} UTC at commit {raw['commit']} by `scripts/bench_compare.py` "
              f"({opts.threads} threads everywhere, {opts.rounds} alternating rounds of at least {opts.warmup} "
              f"warm-up runs and {opts.warmup_time:g} s of them, then {opts.runs} timed runs; each figure is the median of the round medians, the range of the round "
              f"medians in parentheses).")
    mach = machine(opts)
    print(header + "\n\n" + mach + "\n", flush=True)

    table = None
    if not opts.no_ratios:
        rows = []
        for w in workloads:
            log(f"bench_compare: {w.name} ({w.title}, {w.size})")
            eqc, refs = compare(w, opts.threads, opts)
            rows.append((w, eqc, refs))
            raw["workloads"][w.name] = {"eqc": eqc.rounds, "eqc_error": eqc.error,
                                        "refs": {r.label: {"rounds": r.rounds, "error": r.error} for r in refs}}
        table = ratio_table(rows)
        print(table + "\n", flush=True)
    sweeps = None
    if opts.scaling:
        sweeps = scaling(opts)
        print(sweeps, flush=True)

    load = load_note(start_load)
    print(load, flush=True)
    raw["load"] = {"start": start_load, "after_each": LOADS}
    if opts.write_doc:
        if table:
            write_doc(opts.write_doc, "table", header + "\n\n" + mach + "\n" + load + "\n\n" + table)
        if sweeps:
            write_doc(opts.write_doc, "scaling", f"Measured {started:%Y-%m-%d %H:%M} UTC at commit "
                      f"{raw['commit']}, {opts.rounds} rounds of at least {opts.warmup} warm-up runs and "
                      f"{opts.warmup_time:g} s of them, then {opts.runs} timed runs.\n\n" + load
                      + "\n\n" + sweeps)
    if opts.json:
        with open(opts.json, "w", encoding="utf-8") as f:
            json.dump(raw, f, indent=2)
    failed = [w for w, eqc, refs in (rows if table else []) if eqc.error or any(r.error for r in refs)]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
