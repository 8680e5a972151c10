from h import *
rng=np.random.default_rng(1587); q,k,h=3,4,5; Q=rng.normal(size=q); K=rng.normal(size=k); Wq=rng.normal(size=(h,q)); Wk=rng.normal(size=(h,k)); wv=rng.normal(size=h)
run('c1587_d2l_additive_attention', {r'\mathbf q':Q, r'\mathbf k':K, r'\mathbf W_q':Wq, r'\mathbf W_k':Wk, r'\mathbf w_v':wv}, wv@np.tanh(Wq@Q+Wk@K), fn='a')
