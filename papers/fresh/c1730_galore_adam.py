from h import *
rng=np.random.default_rng(1730); m,n,r=5,4,2
P=rng.normal(size=(m,r)); G=rng.normal(size=(m,n)); M=rng.normal(size=(r,n)); V=rng.uniform(0.1,1,size=(r,n)); b1,b2,eps,al=0.9,0.999,1e-8,0.25
R=T(P).T@T(G); Mt=b1*T(M)+(1-b1)*R; Vt=b2*T(V)+(1-b2)*R**2; N=Mt/(Vt.sqrt()+eps)
run('c1730_galore_adam', {'P_t':P,'G_t':G,'M_{t-1}':M,'V_{t-1}':V,r'\beta_1':b1,r'\beta_2':b2,r'\epsilon':eps,r'\alpha':al}, (al*T(P)@N).numpy(), fn=r'\tilde{G}_t')
