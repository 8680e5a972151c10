from h import *
rng=np.random.default_rng(670); n,m=3,4; X=rng.normal(size=(n,m)); t=400
rms=(T(X)**2).mean().sqrt(); rho=min(1e-2,1/t**0.5)
run('c670_adafactor_relstep', {'X_{t-1}':X,'t':t}, (torch.maximum(torch.tensor(1e-3),rms)*rho).numpy(), fn=r'\alpha_t')
