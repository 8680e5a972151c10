#!/usr/bin/env python3
"""Runs papers/fresh/: equations from papers written by a new user, each checked against a PyTorch
reference written from the paper's meaning (not from eqc's output). Run with Debian's python3-torch:

    /usr/bin/python3 scripts/fresh_check.py            # every case (~5 min)
    /usr/bin/python3 scripts/fresh_check.py c14 c43    # cases whose file name starts so

Prints one line per case (OK, MISMATCH, SHAPE, REJECTED: eqc stopped with a diagnostic) and a summary;
exits 1 when any result differs from its reference. EQC=path/to/eqc picks another launcher."""
import os, re, subprocess, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'papers', 'fresh')
prefixes = sys.argv[1:]
cases = sorted(f for f in os.listdir(root) if re.match(r'c\d+.*\.py$', f)
               and (not prefixes or any(f.startswith(p) for p in prefixes)))
counts = {}
wrong = []
for case in cases:
    r = subprocess.run([sys.executable, os.path.join(root, case)], capture_output=True, text=True, cwd=root)
    results = re.findall(r'^RESULT.*$', r.stdout, re.M)
    if r.returncode != 0 and not results:
        verdicts = ['ERROR (reference script failed)']
    else:
        verdicts = ['OK' if 'OK' in x else 'REJECTED' if 'NO OUTPUT' in x else
                    'SHAPE' if 'SHAPE' in x else 'MISMATCH' for x in results]
    for v in verdicts:
        counts[v] = counts.get(v, 0) + 1
    if any(v in ('MISMATCH', 'SHAPE') or v.startswith('ERROR') for v in verdicts):
        wrong.append(case)
    print(f'{case:40s} {" ".join(verdicts)}', flush=True)
print('\nsummary:', ', '.join(f'{k} {v}' for k, v in sorted(counts.items())))
if wrong:
    print('differ from their references:', ' '.join(wrong))
sys.exit(1 if wrong else 0)
