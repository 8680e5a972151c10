from h import *
rng=np.random.default_rng(1867); d,dc,dh=5,2,4; h=rng.normal(size=d); Wd=rng.normal(size=(dc,d)); Wk=rng.normal(size=(dh,dc)); Wv=rng.normal(size=(dh,dc))
c=Wd@h
run('c1867_mla_kv', {r'\mathbf{h}_t':h,'W^{DKV}':Wd,'W^{UK}':Wk,'W^{UV}':Wv}, {'k_t_C':Wk@c,'v_t_C':Wv@c}, fn=[r'\mathbf{k}_t^C', r'\mathbf{v}_t^C'])
