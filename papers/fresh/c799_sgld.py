from h import *
rng=np.random.default_rng(799); n,d=4,3
th=rng.normal(size=d); x=rng.normal(size=(n,d)); eta=rng.normal(size=d)*0.01; eps=0.02; N=100
g=-th+N/n*(x-th).sum(0)
run('c799_sgld', {r'\theta_t':th,'x_{t}':x,r'\eta_t':eta,r'\epsilon_t':eps,'N':N}, eps/2*g+eta)
