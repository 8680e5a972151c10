from h import *
rng=np.random.default_rng(1792); m,n=6,4; A=rng.normal(size=(m,n)); b=rng.normal(size=m); z=rng.normal(size=n)*.3; u=rng.normal(size=n)*.3; rho,lam=1.5,0.4
x=np.linalg.solve(A.T@A+rho*np.eye(n), A.T@b+rho*(z-u)); a=x+u; k=lam/rho; z1=np.maximum(1-k/np.abs(a),0)*a; u1=u+x-z1
run('c1792_admm_lasso', {'A':A,'b':b,'z^k':z,'u^k':u,r'\rho':rho,r'\lambda':lam}, {'x':x,'z':z1,'u':u1}, fn=['x^{k+1}','z^{k+1}','u^{k+1}'])
