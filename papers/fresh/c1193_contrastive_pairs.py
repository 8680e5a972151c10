from h import *
rng=np.random.default_rng(1193); m=6; x=rng.normal(size=(m,2)); D=np.linalg.norm(x[:,None]-x[None],axis=2)
lab=np.array([0,1,0,1,2,2]); P=((lab[:,None]==lab[None])&~np.eye(m,dtype=bool)).astype(float); N=(lab[:,None]!=lab[None]).astype(float); mn=1.5
out=(P*D**2).sum()/P.sum()+(N*np.maximum(0,mn-D)**2).sum()/N.sum()
run('c1193_contrastive_pairs', {'D':D,r'\mathcal{P}':P,r'\mathcal{N}':N,'m_n':mn}, np.array(out), fn='L')
