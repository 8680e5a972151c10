from h import *
rng=np.random.default_rng(1837); k=6; f=rng.normal(size=k); y=rng.integers(0,3,size=k).astype(float)
F,Y=T(f),T(y); out=((Y[:,None]>Y[None,:]).double()*torch.clamp(1-(F[:,None]-F[None,:]),min=0)).sum()
run('c1837_pairwise_hinge', {'f':f,'y':y}, out.numpy(), fn='L')
