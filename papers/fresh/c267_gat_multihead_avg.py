from h import *
rng=np.random.default_rng(267); K,N,F,Fp=2,4,3,2; al=rng.random((K,N,N)); W=rng.normal(size=(K,Fp,F)); h=rng.normal(size=(N,F)); A=(rng.random((N,N))<.6).astype(float); np.fill_diagonal(A,1)
out=torch.zeros(N,Fp)
for i in range(N):
    for k in range(K):
        for j in range(N):
            if A[i,j]: out[i]+=al[k,i,j]*(T(W[k])@T(h[j]))
run('c267_gat_multihead_avg', {r'\alpha':al,r'\mathbf{W}':W,r'\vec{h}':h,'A':A}, torch.sigmoid(out/K).numpy(), fn=r"\vec{h}'")
