from h import *
rng=np.random.default_rng(230); n=5; p=rng.random(n); p/=p.sum(); q=rng.random(n); q/=q.sum()
P,Q=T(p),T(q); M=(P+Q)/2; kl=lambda a,b:(a*(a/b).log()).sum()
run('c230_jsd', {'P':p,'Q':q}, (0.5*kl(P,M)+0.5*kl(Q,M)).numpy(), fn='JSD')
