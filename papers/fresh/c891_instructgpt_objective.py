from h import *
rng=np.random.default_rng(891); B,M=5,4; r=rng.normal(size=B); p=rng.uniform(0.1,1,B); ps=rng.uniform(0.1,1,B); px=rng.uniform(0.1,1,M); b,g=0.02,0.5
e=(T(r)-b*torch.log(T(p)/T(ps))).mean()+g*torch.log(T(px)).mean()
run('c891_instructgpt_objective', {r'r_\theta(x, y)':r,r'\pi_\phi^{\mathrm{RL}}(y \mid x)':p,r'\pi^{\mathrm{SFT}}(y \mid x)':ps,r'\pi_\phi^{\mathrm{RL}}(x)':px,r'\beta':b,r'\gamma':g}, e.numpy())
