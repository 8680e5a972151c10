from h import *
rng=np.random.default_rng(1953); N,c,d=4,3,2
fq=rng.uniform(0.1,1,size=(N,c)); fk=rng.uniform(0.1,1,size=(N,c)); V=rng.normal(size=(N,d))
S=fk.T@V; z=fk.sum(0)
run('c1953_linear_attention_phi', {r'\phi(Q_i)':fq, r'\phi(K_j)':fk, 'V':V}, (fq@S)/(fq@z)[:,None], fn="V'")
