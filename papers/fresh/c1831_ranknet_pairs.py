from h import *
rng=np.random.default_rng(1831); k=6; s=rng.normal(size=k); y=rng.integers(0,3,size=k).astype(float)
S,Y=T(s),T(y); out=((Y[:,None]>Y[None,:]).double()*torch.log1p(torch.exp(-(S[:,None]-S[None,:])))).sum()
run('c1831_ranknet_pairs', {'s':s,'y':y}, out.numpy(), fn='C')
