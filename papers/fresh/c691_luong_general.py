from h import *
rng=np.random.default_rng(691); d,S=4,5
h=rng.normal(size=d); hb=rng.normal(size=(S,d)); W=rng.normal(size=(d,d))
e=hb@(W.T@h); run('c691_luong_general', {'h_t':h, r'\bar{h}':hb, 'W_a':W}, np.exp(e)/np.exp(e).sum(), fn='a_t')
