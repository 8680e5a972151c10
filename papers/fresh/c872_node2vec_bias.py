from h import *
rng=np.random.default_rng(872); n=5; dd=rng.integers(0,3,size=(n,n)).astype(float); p,q=0.5,4.0
e=np.where(dd==0,1/p,np.where(dd==1,1.0,1/q))
run('c872_node2vec_bias', {'d':dd,'p':p,'q':q}, e, fn=r'\alpha_{pq}')
