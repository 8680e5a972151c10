from h import *
rng=np.random.default_rng(784); D,d=5,2
x=rng.normal(size=D); Ws=rng.normal(size=(D-d,d)); Wt=rng.normal(size=(D-d,d))
x1=T(x[:d]); s=torch.tanh(T(Ws)@x1); t=T(Wt)@x1
ins={'x':x,'W_s':Ws,'W_t':Wt}
run('c784_realnvp_coupling', ins, (T(x[d:])*torch.exp(s)+t).numpy(), fn='y_{d+1:D}', dims={'d':d})
run('c784_realnvp_coupling', ins, s.sum().numpy(), dims={'d':d})
