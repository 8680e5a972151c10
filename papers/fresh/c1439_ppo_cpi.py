from h import *
rng=np.random.default_rng(1439); T_=6; p,po=rng.uniform(.1,1,T_),rng.uniform(.1,1,T_); A=rng.normal(size=T_)
run('c1439_ppo_cpi', {r'\pi_\theta(a_t \mid s_t)':p, r'\pi_{\theta_{\text{old}}}(a_t \mid s_t)':po, r'\hat{A}_t':A}, np.mean(p/po*A), fn='L^{CPI}')
