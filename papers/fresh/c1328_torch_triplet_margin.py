from h import *
rng=np.random.default_rng(1328); N,D=6,4; a,p,n=(rng.normal(size=(N,D)) for _ in range(3)); mg=1.0
dap=np.linalg.norm(a-p,axis=1); dan=np.linalg.norm(a-n,axis=1)
run('c1328_torch_triplet_margin', {'a':a,'p':p,'n':n,r'{\rm margin}':mg}, np.maximum(dap-dan+mg,0), fn='L')
