from h import *
rng=np.random.default_rng(43); Tn=6; r=rng.normal(size=Tn); g=0.9
G=torch.tensor([sum(g**(k-t)*r[k] for k in range(t,Tn)) for t in range(Tn)])
run('c42c_reward_to_go_ge', {'r':r,'\\gamma':g}, G.numpy())
