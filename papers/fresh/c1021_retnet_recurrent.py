from h import *
rng=np.random.default_rng(1021); N,d,dv=5,3,2; Q=rng.normal(size=(N,d)); K=rng.normal(size=(N,d)); V=rng.normal(size=(N,dv)); g=0.7
S=torch.zeros(d,dv); out=[]
for n in range(N):
    S=g*S+torch.outer(T(K[n]),T(V[n])); out.append(T(Q[n])@S)
run('c1021_retnet_recurrent', {'Q':Q,'K':K,'V':V,r'\gamma':g}, torch.stack(out).numpy(), fn=r"\mathrm{Retention}")
