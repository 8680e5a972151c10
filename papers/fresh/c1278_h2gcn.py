from h import *
rng=np.random.default_rng(1278); N,p=5,3
def sym(q):
    a=(rng.uniform(size=(N,N))<q).astype(float); a=np.triu(a,1); a=a+a.T
    for i in range(N):
        if a[i].sum()==0: j=(i+1)%N; a[i,j]=a[j,i]=1
    return a
A1=sym(0.4); A2=sym(0.4); D1=np.diag(A1.sum(1)); D2=np.diag(A2.sum(1)); R=rng.normal(size=(N,p))
s=lambda D,A: np.diag(np.diag(D)**-0.5)@A@np.diag(np.diag(D)**-0.5)
run('c1278_h2gcn', {r'\mathbf{A}_1':A1,r'\mathbf{A}_2':A2,r'\mathbf{D}_1':D1,r'\mathbf{D}_2':D2,r'\mathbf{R}^{(k-1)}':R}, np.concatenate([s(D1,A1)@R,s(D2,A2)@R],1), fn=r'\mathbf{R}^{(k)}')
