from h import *
rng=np.random.default_rng(4); N,C=5,4
s=rng.normal(size=(N,C)); y=rng.integers(0,C,size=N)
S=T(s); sy=S[torch.arange(N),torch.tensor(y)]
M=torch.clamp(S-sy[:,None]+1,min=0); M[torch.arange(N),torch.tensor(y)]=0
print('y',y)
run('c04b_svm_real', {'s':s,'y':y}, M.sum(1).mean().numpy())
run('c04b_svm_real', {'s':s,'y':y}, M.sum(1).numpy(), fn='L_i')
