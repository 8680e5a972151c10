from h import *
T_=6; beta=np.linspace(1e-4,0.2,T_)
ab=np.cumprod(1-beta); abp=np.concatenate([[1.0],ab[:-1]])
run('c800_ddpm_alphabar_zero', {r'\beta':beta}, (1-abp)/(1-ab)*beta, fn=r'\tilde{\beta}_t')
