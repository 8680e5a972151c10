from h import *
rng=np.random.default_rng(1371); N,d=5,3; fx=rng.normal(size=d); fp=rng.normal(size=d); fn_=rng.normal(size=(N-1,d))
exp=np.log(1+np.exp(fn_@fx - fx@fp).sum())
run('c1371_weng_npair', {r'f(\mathbf{x})':fx, r'f(\mathbf{x}^+)':fp, r'f(\mathbf{x}^-)':fn_}, np.array(exp), fn=r'\mathcal{L}')
