from h import *
rng=np.random.default_rng(229); C,K=5,4; q=rng.normal(size=C); k=rng.normal(size=(K+1,C)); kp=k[2]; tau=0.7
Q=T(q); run('c229_moco', {'q':q,'k_+':kp,'k':k,r'\tau':tau}, (-torch.log(torch.exp(Q@T(kp)/tau)/torch.exp(T(k)@Q/tau).sum())).numpy())
