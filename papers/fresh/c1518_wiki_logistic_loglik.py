from h import *
rng=np.random.default_rng(1518); K=6; y=(rng.random(K)>0.5)*1.0; p=rng.random(K)*0.8+0.1
run('c1518_wiki_logistic_loglik', {'y':y,'p':p}, np.sum(y*np.log(p)+(1-y)*np.log(1-p)), fn=r'\ell')
