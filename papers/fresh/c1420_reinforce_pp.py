from h import *
rng=np.random.default_rng(1420); T_=5
po,ps=rng.uniform(0.1,0.9,size=T_),rng.uniform(0.1,0.9,size=T_); r,beta=1.0,0.05
kl=np.log(po/ps); A=r-beta*np.cumsum(kl[::-1])[::-1]
run('c1420_reinforce_pp', {r'\pi^{RL}_{\theta_{old}}(a_t|s_t)':po,r'\pi^{SFT}(a_t|s_t)':ps,'r(x, y)':r,r'\beta':beta}, A, fn='A_t')
