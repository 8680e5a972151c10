from h import *
rng=np.random.default_rng(1136); d=5; h=rng.normal(size=d); z=rng.uniform(size=d); ht=rng.normal(size=d)
run('c1136_gru_one_step', {'h_{t-1}':h,'z_t':z,r'\tilde{h}_t':ht}, z*h+(1-z)*ht, fn='h_t')
