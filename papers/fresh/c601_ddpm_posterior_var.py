from h import *
T_=6; b=np.linspace(1e-2,0.2,T_)
ab=np.cumprod(1-b); abp=np.concatenate([[1.0],ab[:-1]])   # \bar\alpha_0 = 1 (the empty product)
run('c601_ddpm_posterior_var', {r'\beta':b}, (1-abp)/(1-ab)*b, fn=r'\tilde{\beta}')
