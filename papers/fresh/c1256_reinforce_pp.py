from h import *
rng=np.random.default_rng(1256); Tn=6; p1=rng.uniform(0.1,1,size=Tn); p2=rng.uniform(0.1,1,size=Tn); R=0.8; b=0.05
kl=np.log(p1/p2); A=R-b*np.cumsum(kl[::-1])[::-1]
run('c1256_reinforce_pp', {r'\pi^{RL}_{\theta_{old}}(a_t|s_t)':p1,r'\pi^{SFT}(a_t|s_t)':p2,'r(x, y)':R,r'\beta':b}, A, fn='A')
