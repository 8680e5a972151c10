from h import *
rng=np.random.default_rng(1637); K,C=4,3; q=rng.normal(size=C); q/=np.linalg.norm(q); k=rng.normal(size=(K+1,C)); k/=np.linalg.norm(k,axis=1,keepdims=True); tau=0.07
kp=k[0]
out=-torch.log(torch.exp(T(q)@T(kp)/tau)/torch.exp(T(k)@T(q)/tau).sum())
run('c1637_moco_infonce', {'q':q,'k_+':kp,'k':k}, out.numpy(), fn=r'\mathcal{L}_q')
