from h import *
rng=np.random.default_rng(1668); N,Tn=3,5; r=rng.normal(size=(N,Tn))
exp=torch.flip(torch.cumsum(torch.flip(T(r),[1]),1),[1]).numpy()
run('c1668_cs285_reward_to_go', {r'r(\mathbf{s}_{i,t}, \mathbf{a}_{i,t})':r}, exp, fn=r'\hat{Q}')
