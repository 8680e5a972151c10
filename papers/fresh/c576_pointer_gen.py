from h import *
rng=np.random.default_rng(576); V,L=6,5
Pv=rng.dirichlet(np.ones(V)); a=rng.dirichlet(np.ones(L)); w=np.array([1,3,1,0,5]); p=0.7
out=p*Pv+(1-p)*np.array([a[w==v].sum() for v in range(V)])
run('c576_pointer_gen', {r'P_{\text{vocab}}':Pv,'a^t':a,'w':w,r'p_{\text{gen}}':p}, out, fn='P')
