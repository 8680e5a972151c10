from h import *
rng=np.random.default_rng(1512); t,n=4,3; g=rng.normal(size=(t,n)); w=rng.normal(size=n); eta=0.1
G=(g**2).sum(0)
run('c1512_wiki_adagrad', {'g':g,'w':w,r'\eta':eta}, w-eta/np.sqrt(G)*g[-1], fn='w')
