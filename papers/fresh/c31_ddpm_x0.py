from h import *
rng=np.random.default_rng(31); Tn,d=10,4
beta=np.linspace(1e-4,0.2,Tn); xt,eps=rng.normal(size=d),rng.normal(size=d); t=4
ab=torch.cumprod(1-T(beta),0)
run('c31_ddpm_x0', {'\\beta':beta}, ab.numpy(), fn='\\bar{\\alpha}_t')
a=ab[t-1]   # t counts from 1
exp=(T(xt)-torch.sqrt(1-a)*T(eps))/torch.sqrt(a)
run('c31_ddpm_x0', {'\\beta':beta,'x_t':xt,'\\epsilon':eps,'t':t}, exp.numpy())
