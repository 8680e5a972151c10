from h import *
rng=np.random.default_rng(1936); S=4; P=rng.uniform(size=(S,S)); P/=P.sum(1,keepdims=True); R=rng.normal(size=S); V=rng.normal(size=S); g=0.9
run('c1936_cs234_mrp_iteration', {'P':P, 'R':R, 'V_{k-1}':V, r'\gamma':g}, R+g*P@V, fn='V_k')
