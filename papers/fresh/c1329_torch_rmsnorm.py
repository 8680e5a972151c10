from h import *
rng=np.random.default_rng(1329); n=7; x,g=rng.normal(size=n),rng.normal(size=n); eps=1e-6
exp=torch.nn.functional.rms_norm(T(x),(n,),T(g),eps) if hasattr(torch.nn.functional,'rms_norm') else T(x)/torch.sqrt(eps+(T(x)**2).mean())*T(g)
run('c1329_torch_rmsnorm', {'x':x,r'\gamma':g,r'\epsilon':eps}, exp.numpy(), fn='y')
