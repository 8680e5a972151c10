from h import *
rng=np.random.default_rng(1804); N,M=6,3; w=rng.normal(size=M); s=rng.normal(size=M)*.1; r=rng.random(M)*.1; P=rng.normal(size=(N,M)); t=rng.normal(size=N); tau=3
b1,b2,eta,dl=0.9,0.999,0.01,1e-8
g=-(P.T@(t-P@w)); s1=b1*s+(1-b1)*g; r1=b2*r+(1-b2)*g**2; sh=s1/(1-b1**tau); rh=r1/(1-b2**tau); wn=w-eta*sh/(np.sqrt(rh)+dl)
run('c1804_bishop_adam', {r'\mathbf{w}^{(\tau-1)}':w, r's^{(\tau-1)}':s, r'r^{(\tau-1)}':r, r'\boldsymbol{\Phi}':P, r'\mathsf{t}':t, r'\tau':tau, r'\beta_1':b1, r'\beta_2':b2, r'\eta':eta, r'\delta':dl}, wn, fn=r'w^{(\tau)}')
