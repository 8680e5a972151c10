from h import *
rng=np.random.default_rng(634); n=6
p,q=rng.uniform(0.1,0.9,size=n),rng.uniform(0.1,0.9,size=n); A=rng.normal(size=n)
run('c634_trpo_surrogate', {r'\pi_\theta(a_t \mid s_t)':p, r'\pi_{\theta_{\text{old}}}(a_t \mid s_t)':q, r'\hat{A}_t':A}, np.mean(p/q*A), fn='L^{CPI}')
