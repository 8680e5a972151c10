from h import *
rng=np.random.default_rng(1408); Br,Bc,d=3,4,2
S1,S2=rng.normal(size=(Br,Bc)),rng.normal(size=(Br,Bc)); V1,V2=rng.normal(size=(Bc,d)),rng.normal(size=(Bc,d))
o=torch.softmax(T(np.concatenate([S1,S2],1)),1).numpy()@np.concatenate([V1,V2],0)
run('c1408_flash2_online', {r'\mathbf{S}^{(1)}':S1,r'\mathbf{S}^{(2)}':S2,r'\mathbf{V}^{(1)}':V1,r'\mathbf{V}^{(2)}':V2}, o, fn=r'\mathbf{O}^{(2)}')
