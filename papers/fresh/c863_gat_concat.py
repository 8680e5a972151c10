from h import *
rng=np.random.default_rng(863); K,N,F,Fp=3,4,3,2; al=rng.random((K,N,N)); W=rng.normal(size=(K,Fp,F)); h=rng.normal(size=(N,F))
M=(rng.random((N,N))<.6).astype(float); np.fill_diagonal(M,1)
out=torch.einsum('kij,ij,kfc,jc->ikf',T(al),T(M),T(W),T(h))
run('c863_gat_concat', {r'\alpha':al,r'\mathbf{W}':W,r'\vec{h}':h,r'\mathcal{N}':M}, torch.nn.functional.elu(out).reshape(N,K*Fp).numpy(), fn=r"\vec{h}'")
