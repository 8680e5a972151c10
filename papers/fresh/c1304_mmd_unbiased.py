from h import *
rng=np.random.default_rng(1304); m,d=5,3; x,y=rng.normal(size=(m,d)),rng.normal(size=(m,d))+0.4; s=1.3
k=lambda A,B:np.exp(-((A[:,None,:]-B[None,:,:])**2).sum(-1)/(2*s*s))
H=k(x,x)+k(y,y)-k(x,y)-k(x,y).T; out=(H.sum()-np.trace(H))/(m*(m-1))
run('c1304_mmd_unbiased', {'x':x,'y':y,r'\sigma':s}, np.array(out), fn=r'\mathrm{MMD}_u^2')
