from h import *
rng=np.random.default_rng(345); n,d=4,3; I=rng.normal(size=(n,d)); Te=rng.normal(size=(n,d)); t=0.5
L=T(I)@T(Te).T*np.exp(t); lab=torch.arange(n)
exp=(torch.nn.functional.cross_entropy(L,lab)+torch.nn.functional.cross_entropy(L.T,lab))/2
run('c345_clip_loss', {'I_e':I,'T_e':Te,'t':t}, np.array(exp), fn=r'\mathcal{L}')
