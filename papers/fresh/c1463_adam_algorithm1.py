from h import *
rng=np.random.default_rng(1463); d=6
th,m,g=rng.normal(size=d),rng.normal(size=d)*0.1,rng.normal(size=d); v=rng.uniform(size=d)*0.01
a,b1,b2,eps,t=1e-3,0.9,0.999,1e-8,4
# reference: torch.optim.Adam's step from the same state (step count t), whose update is Algorithm 1's
p=torch.nn.Parameter(T(th)); opt=torch.optim.Adam([p], lr=a, betas=(b1,b2), eps=eps)
p.grad=T(g); opt.state[p]={'step':torch.tensor(float(t-1)),'exp_avg':T(m),'exp_avg_sq':T(v)}; opt.step()
run('c1463_adam_algorithm1', {r'\theta_{t-1}':th, 'm_{t-1}':m, 'v_{t-1}':v, r'\nabla_\theta f_t(\theta_{t-1})':g,
    r'\alpha':a, r'\beta_1':b1, r'\beta_2':b2, r'\epsilon':eps, 't':t}, p.detach().numpy(), fn=r'\theta_t')
