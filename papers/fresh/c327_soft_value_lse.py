from h import *
rng=np.random.default_rng(327); Q=rng.normal(size=4); a=0.5
run('c327_soft_value_lse', {'Q':Q,r'\alpha':a}, np.array(a*torch.logsumexp(T(Q)/a,0)), fn=r'V_{\mathrm{soft}}')
