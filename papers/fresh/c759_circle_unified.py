from h import *
rng=np.random.default_rng(759); K,L=3,4; sp=rng.uniform(size=K); sn=rng.uniform(size=L); g=2.0; m=0.25
run('c759_circle_unified', {'s_p':sp,'s_n':sn,r'\gamma':g,'m':m}, np.array(np.log(1+np.exp(g*(sn[None,:]-sp[:,None]+m)).sum())), fn=r'\mathcal{L}_{uni}')
