from h import *
T_=6; beta=np.linspace(1e-2,0.2,T_); a=1-beta; ab=np.cumprod(a)
# t = 1 has no bar alpha_0 in the paper's formula (bar alpha_0 := 1, so tilde beta_1 = 0); compare t = 2..T
tb=(1-ab[:-1])/(1-ab[1:])*beta[1:]
r=run('c465_ddpm_post_var', {r'\beta':beta}, np.concatenate([[0.0],tb]), fn=r'\tilde{\beta}_t')
