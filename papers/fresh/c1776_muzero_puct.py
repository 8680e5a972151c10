from h import *
rng=np.random.default_rng(1776); S,A=3,5; Q=rng.normal(size=(S,A)); P=rng.dirichlet(np.ones(A),size=S); N=rng.integers(0,6,size=(S,A)).astype(float); s=1; c1,c2=1.25,19652.
sc=Q[s]+P[s]*np.sqrt(N[s].sum())/(1+N[s])*(c1+np.log((N[s].sum()+c2+1)/c2))
run('c1776_muzero_puct', {'Q':Q,'P':P,'N':N,'s':s,'c_1':c1,'c_2':c2}, np.array(float(np.argmax(sc))), fn='a^k')
