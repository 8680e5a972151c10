from h import *
rng=np.random.default_rng(339); n=5; A=rng.normal(size=(n,n)); K=A@A.T; ks=rng.normal(size=n); kss=3.0; sn=0.5
run('c339_gp_variance', {'K':K,r'\mathbf{k}_*':ks,r'k(\mathbf{x}_*, \mathbf{x}_*)':kss,r'\sigma_n':sn}, np.array(kss-ks@np.linalg.inv(K+sn**2*np.eye(n))@ks), fn=r'\mathbb{V}[f_*]')
