from h import *
rng=np.random.default_rng(1171); N,k=6,3; f,fp,fn=(rng.normal(size=(N,k)) for _ in range(3))
run('c1171_spectral_contrastive', {'f(x)':f,'f(x^+)':fp,'f(x^-)':fn}, -2*(f*fp).sum(1).mean()+((f*fn).sum(1)**2).mean())
