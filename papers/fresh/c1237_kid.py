from h import *
rng=np.random.default_rng(1237); m,n,d=5,4,3; X,Y=rng.normal(size=(m,d)),rng.normal(size=(n,d))+0.3
k=lambda A,B:(A@B.T/d+1)**3; Kx,Ky,Kxy=k(X,X),k(Y,Y),k(X,Y)
out=(Kx.sum()-np.trace(Kx))/(m*(m-1))+(Ky.sum()-np.trace(Ky))/(n*(n-1))-2*Kxy.mean()
run('c1237_kid', {'X':X,'Y':Y}, np.array(out), fn=r'\widehat{\mathrm{MMD}}_u^2')
