from h import *
rng=np.random.default_rng(1547); B,C=6,4; z=torch.softmax(T(rng.normal(size=(B,C))),1); zt=torch.softmax(T(rng.normal(size=(B,C))),1); y=rng.integers(1,C+1,B); w=0.7
loss=-z[torch.arange(B),torch.tensor(y-1)].log().sum()/B+w*((z-zt)**2).sum()/(C*B)
run('c1547_pi_model', {'z':z.numpy(),r'\tilde{z}':zt.numpy(),'y':y.astype(float),'w(t)':w}, loss.numpy(), fn='loss')
