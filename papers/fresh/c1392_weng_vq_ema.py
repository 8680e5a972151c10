from h import *
rng=np.random.default_rng(1392); K,M,d=3,4,2; g=0.9
N0=rng.random(K)+1; m0=rng.normal(size=(K,d)); cnt=np.array([2.,4.,1.]); z=rng.normal(size=(K,M,d))
for i in range(K): z[i,int(cnt[i]):]=0
N1=g*N0+(1-g)*cnt; m1=g*m0+(1-g)*z.sum(1); e=m1/N1[:,None]
run('c1392_weng_vq_ema', {r'N^{(t-1)}':N0, r'n^{(t)}':cnt, r'\mathbf{m}^{(t-1)}':m0, r'\mathbf{z}^{(t)}':z, r'\gamma':g}, e, fn=r'\mathbf{e}^{(t)}')
