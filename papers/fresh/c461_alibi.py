from h import *
rng=np.random.default_rng(461); i,d=5,4; q,K=rng.normal(size=d),rng.normal(size=(i,d)); m=0.25
bias=torch.arange(-(i-1),1,dtype=torch.float64)
run('c461_alibi', {r'\mathbf{q}_i':q,r'\mathbf{K}':K,'m':m}, torch.softmax(T(K)@T(q)+m*bias,0).numpy())
