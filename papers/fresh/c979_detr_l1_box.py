from h import *
rng=np.random.default_rng(979); M,N=3,5; b=rng.random((M,4)); bh=rng.random((N,4)); s=np.array([4,0,2]); lam=5.0
run('c979_detr_l1_box', {'b':b,r'\hat{b}':bh,r'\hat{\sigma}':s,r'\lambda_{L1}':lam}, np.array(lam*np.abs(b-bh[s]).sum()))
