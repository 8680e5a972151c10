from h import *
rng=np.random.default_rng(725); N=6
wc=rng.dirichlet(np.ones(N)); wp=rng.dirichlet(np.ones(N)); s=rng.dirichlet(np.ones(N)); g=0.3; gam=2.5
wg=g*wc+(1-g)*wp
wt=np.array([sum(wg[j]*s[(i-j)%N] for j in range(N)) for i in range(N)])
wf=wt**gam/np.sum(wt**gam)
ins={'w^c_t':wc,'w_{t-1}':wp,'s_t':s,'g_t':g,r'\gamma_t':gam}
run('c725_ntm_shift', ins, {'w^g_t':wg, r'\tilde{w}_t':wt, 'w_t':wf}, fn=['w^g_t', r'\tilde{w}_t', 'w_t'])
