from h import *
# G_t = sum_{k=t}^{T-1} gamma^{k-t} prod_{i=t+1}^{k} rho_i r_k, positions counted from 0
rng=np.random.default_rng(1593); T_=6; r=rng.normal(size=T_); rho=rng.uniform(0.3,1.5,size=T_); g=0.9
G=np.array([sum(g**(k-t)*np.prod(rho[t+1:k+1])*r[k] for k in range(t,T_)) for t in range(T_)])
run('c1593_per_decision_is_return', {'r':r, r'\rho':rho, r'\gamma':g}, G, fn='G')
