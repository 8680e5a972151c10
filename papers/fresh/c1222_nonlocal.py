from h import *
rng=np.random.default_rng(1222); N,C,Cp=5,4,3; x=rng.normal(size=(N,C))*0.5
Wt,Wp,Wg=(rng.normal(size=(Cp,C))*0.5 for _ in range(3))
A=torch.softmax(T(x@Wt.T)@T(x@Wp.T).T,dim=1); exp=(A@T(x@Wg.T)).numpy()
run('c1222_nonlocal', {r'\mathbf{x}':x, r'W_\theta':Wt, r'W_\phi':Wp, r'W_g':Wg}, exp, fn=r'\mathbf{y}')
