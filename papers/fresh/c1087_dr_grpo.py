from h import *
rng=np.random.default_rng(1087); G=6; r=rng.normal(size=G)
run('c1087_dr_grpo', {'R(q, o)':r}, (T(r)-T(r).mean()).numpy(), fn=r'\tilde{A}')
