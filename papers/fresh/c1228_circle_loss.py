from h import *
rng=np.random.default_rng(1228); K,L=4,5; sp,sn=rng.uniform(-1,1,K),rng.uniform(-1,1,L); g,m=8.0,0.25
ap=np.maximum(0,1+m-sp); an=np.maximum(0,sn+m)
out=np.log(1+np.exp(g*an*(sn-m)).sum()*np.exp(-g*ap*(sp-(1-m))).sum())
run('c1228_circle_loss', {'s_p':sp,'s_n':sn,r'\gamma':g,'m':m}, np.array(out), fn=r'\mathcal{L}_{circle}')
