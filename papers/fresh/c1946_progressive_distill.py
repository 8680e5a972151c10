from h import *
rng=np.random.default_rng(1946); d=4
zt,z2=rng.normal(size=d),rng.normal(size=d); at,st,a2,s2=0.6,0.8,0.9,0.43
run('c1946_progressive_distill', {r'\mathbf{z}_t':zt, r"\mathbf{z}_{t''}":z2, r'\alpha_t':at, r'\sigma_t':st, r"\alpha_{t''}":a2, r"\sigma_{t''}":s2},
    (z2-(s2/st)*zt)/(a2-(s2/st)*at), fn=r'\tilde{\mathbf{x}}')
