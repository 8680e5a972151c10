from h import *
rng=np.random.default_rng(1609); M=6; a=rng.normal(size=M); b=rng.normal(size=M)
run('c1609_molnar_shapley_mc', {r'\hat{f}(\mathbf{x}^{(m)}_{+j})':a, r'\hat{f}(\mathbf{x}^{(m)}_{-j})':b}, np.mean(a-b), fn=r'\hat{\phi}_{j}')
