from h import *
rng=np.random.default_rng(965); n=9; w=rng.normal(size=n)*2; s=0.3
run('c965_fake_quant', {'w':w,'s':s}, (s*torch.clamp(torch.round(T(w)/s),-8,7)).numpy(), fn=r'\hat{w}')
