from h import *
rng=np.random.default_rng(1233); K=5; F=rng.normal(size=(K,K)); off=~np.eye(K,dtype=bool)
run('c1233_nwj_bound', {'f(x, y)':F}, np.array(np.diag(F).mean()-np.exp(-1)*np.exp(F[off]).mean()), fn=r'I_{\text{NWJ}}')
