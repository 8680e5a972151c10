from h import *
rng=np.random.default_rng(1930); n=6; P=rng.uniform(size=(n,n)); P/=P.sum(1,keepdims=True); r=rng.normal(size=n); g=0.9
run('c1930_ajks_q_closed_form', {r'P^\pi':P, 'r':r, r'\gamma':g}, np.linalg.solve(np.eye(n)-g*P, r), fn=r'Q^\pi')
