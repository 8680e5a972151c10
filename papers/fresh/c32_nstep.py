from h import *
rng=np.random.default_rng(32); n=5; R=rng.normal(size=n); V=0.8; g=0.9
exp=sum(g**k*R[k] for k in range(n))+g**n*V
run('c32_nstep', {'R':R,'V_n':V,'\\gamma':g}, np.array(exp))
