from h import *
rng=np.random.default_rng(648); D=5
x,e=rng.normal(size=D),rng.normal(size=D); a,ab=0.98,0.5; b=1-a
run('c648_ddpm_mean_eps', {r'\mathbf{x}_t':x, r'\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)':e, r'\alpha_t':a, r'\beta_t':b, r'\bar\alpha_t':ab}, (x-b/np.sqrt(1-ab)*e)/np.sqrt(a), fn=r'\boldsymbol{\mu}_\theta')
