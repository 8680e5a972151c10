from h import *
rng=np.random.default_rng(1263); K,N=3,5; Q=rng.normal(size=(K,N)); eta,eps=0.7,0.1
run('c1263_mpo_dual', {'Q(s_j, a_i)':Q,r'\eta':eta,r'\epsilon':eps}, np.array(eta*eps+eta*np.mean(np.log(np.mean(np.exp(Q/eta),1)))), fn='g')
