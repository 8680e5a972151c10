from h import *
rng=np.random.default_rng(1731); d=3
M=rng.normal(size=(d,d)); S=rng.normal(size=(d,d)); k=rng.normal(size=d); v=rng.normal(size=d); a,e,th=0.1,0.8,0.05
Mt=T(M).clone().requires_grad_(True); l=((Mt@T(k)-T(v))**2).sum(); g,=torch.autograd.grad(l,Mt)
St=e*T(S)-th*g; out=(1-a)*T(M)+St
run('c1731_titans_memory', {r'\mathcal{M}_{t-1}':M,'S_{t-1}':S,r'\mathbf{k}_t':k,r'\mathbf{v}_t':v,r'\alpha_t':a,r'\eta_t':e,r'\theta_t':th}, out.detach().numpy(), fn=r'\mathcal{M}_t')
