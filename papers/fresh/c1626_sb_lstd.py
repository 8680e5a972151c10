from h import *
rng=np.random.default_rng(1626); t,d=7,3; x=rng.normal(size=(t+1,d)); R=rng.normal(size=t+1); g=0.9; e=0.5
A=sum(np.outer(x[k],x[k]-g*x[k+1]) for k in range(t))+e*np.eye(d); b=sum(R[k+1]*x[k] for k in range(t))
run('c1626_sb_lstd', {r'\mathbf{x}':x,'R':R,r'\gamma':g,r'\varepsilon':e}, np.linalg.solve(A,b), fn=r'\mathbf{w}_t')
