from h import *
rng=np.random.default_rng(1499); n=8; r=rng.normal(size=n)*1.5; g=rng.normal(size=n)
run('c1499_bnn_ste', {'r':r,'g_q':g}, g*(np.abs(r)<=1), fn='g_r')
