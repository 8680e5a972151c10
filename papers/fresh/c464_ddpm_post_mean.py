from h import *
rng=np.random.default_rng(464); d=5; xt,x0=rng.normal(size=d),rng.normal(size=d); b=0.02; a=1-b; abp=0.6; ab=abp*a
out=np.sqrt(abp)*b/(1-ab)*T(x0)+np.sqrt(a)*(1-abp)/(1-ab)*T(xt)
run('c464_ddpm_post_mean', {r'\mathbf{x}_t':xt,r'\mathbf{x}_0':x0,r'\beta_t':b,r'\alpha_t':a,r'\bar{\alpha}_t':ab,r'\bar{\alpha}_{t-1}':abp}, out.numpy())
