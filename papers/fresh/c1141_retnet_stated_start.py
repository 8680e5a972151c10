from h import *
rng=np.random.default_rng(1141); N,d=5,3; Q=rng.normal(size=(N,d)); K=rng.normal(size=(N,d)); V=rng.normal(size=(N,d)); g=0.8
S=torch.zeros(d,d); out=[]
for n in range(N):
    S=g*S+torch.outer(T(K[n]),T(V[n])); out.append(T(Q[n])@S)
run('c1141_retnet_stated_start', {'Q':Q,'K':K,'V':V,r'\gamma':g}, torch.stack(out).numpy(), fn=r"\mathrm{Retention}")
