from h import *
rng=np.random.default_rng(938); n,d=5,4; x=rng.normal(size=(n,d)); W1,W2,W3,W4=(rng.normal(size=(d,d)) for _ in range(4))
M=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(M,1)
s=(T(x)@T(W3).T)@(T(x)@T(W4).T).T/np.sqrt(d); al=torch.softmax(s.masked_fill(T(M)==0,float('-inf')),dim=1)
run('c938_pyg_transformerconv', {r'\mathbf{x}':x,r'\mathbf{W}_1':W1,r'\mathbf{W}_2':W2,r'\mathbf{W}_3':W3,r'\mathbf{W}_4':W4,r'\mathcal{N}':M}, (T(x)@T(W1).T+al@(T(x)@T(W2).T)).numpy(), fn=r"\mathbf{x}'")
