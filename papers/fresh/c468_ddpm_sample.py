from h import *
rng=np.random.default_rng(468); d=5; x,z,e=(rng.normal(size=d) for _ in range(3)); a,ab,s=0.98,0.5,0.1
out=1/np.sqrt(a)*(T(x)-(1-a)/np.sqrt(1-ab)*T(e))+s*T(z)
run('c468_ddpm_sample', {r'\mathbf{x}_t':x,r'\mathbf{z}':z,r'\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)':e,r'\alpha_t':a,r'\bar{\alpha}_t':ab,r'\sigma_t':s}, out.numpy())
