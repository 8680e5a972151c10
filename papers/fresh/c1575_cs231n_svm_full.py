from h import *
rng=np.random.default_rng(1575); N,D,C=5,3,4; x=rng.normal(size=(N,D)); W=rng.normal(size=(C,D)); y=rng.integers(0,C,size=N); De,lam=1.0,0.1
S=x@W.T; tot=0.0
for i in range(N):
    for j in range(C):
        if j!=y[i]: tot+=max(0,S[i,j]-S[i,y[i]]+De)
run('c1575_cs231n_svm_full', {'x':x,'W':W,'y':y, r'\Delta':De, r'\lambda':lam}, tot/N+lam*np.sum(W**2), fn='L')
