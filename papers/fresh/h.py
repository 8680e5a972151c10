import numpy as np, subprocess, os, sys, json
import torch
torch.set_default_dtype(torch.float64)
BASE = os.path.dirname(os.path.abspath(__file__))
EQC = os.environ.get('EQC', os.path.join(BASE, '..', '..', 'eqc'))
def T(a): return torch.tensor(np.asarray(a, dtype=np.float64))
def run(case, inputs, expected, fn=None, dims=None, rtol=1e-4, atol=1e-5, extra=(), precision=None, quiet=False):
    """inputs: dict name -> np array or python number. expected: np array (or dict fn->array if fn list)"""
    eq = f'{BASE}/{case}.eq'
    d = os.path.join(os.environ.get('EQC_FRESH_DATA', '/tmp/eqc-fresh-data'), case); os.makedirs(d, exist_ok=True)
    args = [EQC, 'run', eq]
    for i, (k, v) in enumerate(inputs.items()):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            args += ['--input', f'{k}={v}']
        else:
            p = f'{d}/in{i}.npy'; np.save(p, np.asarray(v, dtype=np.float32)); args += ['--input', f'{k}={p}']
    fns = fn if isinstance(fn, list) else ([fn] if fn else [])
    for f in fns: args += ['--function', f]
    for k, v in (dims or {}).items(): args += ['--dim', f'{k}={v}']
    if precision: args += ['--precision', precision]
    multi = len(fns) > 1
    out = f'{d}/out.npz' if multi else f'{d}/out.npy'
    if os.path.exists(out): os.remove(out)
    args += ['--output', out] + list(extra)
    r = subprocess.run(args, capture_output=True, text=True)
    print(f'== {case}: rc={r.returncode}')
    if r.stdout.strip() and not quiet: print('stdout:', r.stdout.strip()[:3000])
    if r.stderr.strip() and not quiet: print('stderr:', r.stderr.strip()[:3000])
    if r.returncode != 0 or not os.path.exists(out):
        print('RESULT: NO OUTPUT'); return None
    got = np.load(out)
    exps = expected if multi else {None: expected}
    ok = True
    for key, e in exps.items():
        g = got[key] if multi else got
        e = np.asarray(e, dtype=np.float64)
        if g.shape != e.shape:
            print(f'RESULT {key}: SHAPE MISMATCH got {g.shape} expected {e.shape}'); ok = False
            print(' got', g.ravel()[:8], '\n exp', e.ravel()[:8]); continue
        if not np.allclose(g, e, rtol=rtol, atol=atol, equal_nan=True):
            ok = False
            err = np.nan_to_num(np.abs(g - e), nan=np.inf); i = np.unravel_index(np.argmax(err), err.shape)
            print(f'RESULT {key}: MISMATCH max abs err {err.max():.3g} at {i}: got {g[i]} expected {e[i]}')
            print(' got', np.round(g.ravel()[:8], 5), '\n exp', np.round(e.ravel()[:8], 5))
        else:
            print(f'RESULT {key}: OK')
    return got
def sh(*cmd):
    r = subprocess.run(list(cmd), capture_output=True, text=True, cwd=BASE)
    print('$', ' '.join(cmd), '-> rc', r.returncode); print((r.stdout + r.stderr).strip()[:4000])
    return r
