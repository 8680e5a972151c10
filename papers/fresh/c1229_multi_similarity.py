from h import *
rng=np.random.default_rng(1229); m=6; S=rng.uniform(-1,1,(m,m)); lab=np.array([0,0,1,1,2,2])
P=((lab[:,None]==lab[None])&~np.eye(m,dtype=bool)).astype(float); N=(lab[:,None]!=lab[None]).astype(float); a,b,l=2.0,50.0,0.5
out=(np.log(1+(P*np.exp(-a*(S-l))).sum(1))/a+np.log(1+(N*np.exp(b*(S-l))).sum(1))/b).mean()
run('c1229_multi_similarity', {'S':S,r'\mathcal{P}':P,r'\mathcal{N}':N,r'\alpha':a,r'\beta':b,r'\lambda':l}, np.array(out), fn=r'\mathcal{L}_{MS}')
