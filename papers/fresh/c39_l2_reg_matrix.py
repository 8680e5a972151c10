from h import *
rng=np.random.default_rng(40); N,d,k=6,3,2
X,Y,W=rng.normal(size=(N,d)),rng.normal(size=(N,k)),rng.normal(size=(d,k)); lam=0.1
exp=((T(X)@T(W)-T(Y))**2).sum()/N+lam/2*(T(W)**2).sum()
inp={'X':X,'Y':Y,'W':W,'\\lambda':lam}
for f in ['J_1','J_2','J_3']: run('c39_l2_reg_matrix', inp, exp.numpy(), fn=f)
