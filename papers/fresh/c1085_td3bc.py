from h import *
rng=np.random.default_rng(1085); N=6; q=rng.normal(size=N); pi=rng.normal(size=N); a=rng.normal(size=N); qd=rng.normal(size=N); al=2.5
lam=al/np.abs(qd).mean(); out=(lam*T(q)-(T(pi)-T(a))**2).mean()
run('c1085_td3bc', {'Q(s, \\pi(s))':q, '\\pi(s)':pi, 'a':a, 'Q(s_i, a_i)':qd, '\\alpha':al}, out.numpy(), fn='J')
