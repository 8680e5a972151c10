from h import *
rng=np.random.default_rng(1270); B,K=6,4; Q=torch.softmax(T(rng.normal(size=(B,K))),1).numpy(); c=rng.integers(1,K+1,size=B); p=np.full(K,1/K)
run('c1270_infogan_mi', {'Q(c|x_i)':Q,'c':c,'p':p}, np.array(np.log(Q[np.arange(B),c-1]).mean()-(p*np.log(p)).sum()), fn='L_I')
