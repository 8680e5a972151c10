from h import *
rng=np.random.default_rng(1781); D=5; m=rng.normal(size=D); s=rng.normal(size=D); z=rng.normal(size=D); sg=1/(1+np.exp(-s))
run('c1781_iaf_step', {r'\mathbf{m}_t':m, r'\mathbf{s}_t':s, r'\mathbf{z}_{t-1}':z}, sg*z+(1-sg)*m, fn=r'\mathbf{z}_t')
