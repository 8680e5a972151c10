from h import *
rng=np.random.default_rng(1153); K=5; p=rng.dirichlet(np.ones(K)); y=2; b=0.3
run('c1153_confidence_penalty', {'p':p,'y':y+1,r'\beta':b}, -np.log(p[y])+b*(p*np.log(p)).sum(), fn=r'\mathcal{L}')
