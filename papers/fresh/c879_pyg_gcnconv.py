from h import *
rng=np.random.default_rng(879); n,d,f=5,3,2; x=rng.normal(size=(n,d)); Th=rng.normal(size=(d,f))
M=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(M,0); e=rng.uniform(.5,2,size=(n,n))*M.T; np.fill_diagonal(e,1.0)
# N(i) = {j : M[i,j]}; edge j->i has weight e[j,i]
dh=1+(T(M)*T(e).T).sum(1); Mi=T(M)+torch.eye(n)
coef=Mi*T(e).T/torch.sqrt(dh[None,:]*dh[:,None])   # coef[i,j]
run('c879_pyg_gcnconv', {r'\mathbf{x}':x,r'\mathbf{\Theta}':Th,'e':e,r'\mathcal{N}':M}, ((coef@T(x))@T(Th)).numpy(), fn=r'\mathbf{x}^{\prime}')
