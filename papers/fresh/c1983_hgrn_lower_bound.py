from h import *
rng=np.random.default_rng(1983); d=4; x,h0,c,b=(rng.normal(size=d) for _ in range(4)); g=rng.uniform(size=d); W=rng.normal(size=(d,d))
mu=torch.sigmoid(T(x)@T(W)+T(b)); lam=T(g)+(1-T(g))*mu
run('c1983_hgrn_lower_bound', {r'\mathbf{x}_t':x, r'\gamma^k':g, r'\mathbf{h}_{t-1}':h0, r'\mathbf{c}_t':c, r'\mathbf{W}_{\mu}':W, r'\mathbf{b}_{\mu}':b}, (lam*T(h0)+(1-lam)*T(c)).numpy(), fn=r'\mathbf{h}_t')
