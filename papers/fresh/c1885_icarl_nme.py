from h import *
rng=np.random.default_rng(1885); t,d=5,3; f=rng.normal(size=d); mu=rng.normal(size=(t,d))
# the paper's labels are 1..t
run('c1885_icarl_nme', {r'\varphi(x)':f, r'\mu':mu}, np.array(float(np.argmin(np.linalg.norm(f-mu,axis=1))+1)), fn='y^*')
