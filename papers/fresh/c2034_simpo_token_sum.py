from h import *
rng=np.random.default_rng(2034); N,Tn=3,5
lw=rng.normal(-1,.4,(N,Tn)); ll=rng.normal(-1.2,.4,(N,Tn)); Lw=np.array([5,2,3]); Ll=np.array([1,4,5]); beta,gam=2.0,0.5
mw=np.arange(Tn)[None,:]<Lw[:,None]; ml=np.arange(Tn)[None,:]<Ll[:,None]
sw=(lw*mw).sum(1); sl=(ll*ml).sum(1)
z=T(beta/Lw*sw-beta/Ll*sl-gam)
run('c2034_simpo_token_sum', {r'\log \pi_\theta(y_{w,t} | x, y_{w,<t})':lw, r'\log \pi_\theta(y_{l,t} | x, y_{l,<t})':ll, 'y_w':Lw, 'y_l':Ll, r'\beta':beta, r'\gamma':gam}, (-torch.nn.functional.logsigmoid(z).mean()).numpy(), fn=r'\mathcal{L}_{\text{SimPO}}')
