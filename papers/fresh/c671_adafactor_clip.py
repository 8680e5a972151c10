from h import *
rng=np.random.default_rng(671); n,m=3,3; G=rng.normal(size=(n,m)); V=np.abs(rng.normal(size=(n,m)))*0.1+0.05; X=rng.normal(size=(n,m)); a,d=0.01,1.0
U=T(G)/T(V).sqrt(); rms=(U**2).mean().sqrt(); Uh=U/max(1.0,float(rms/d))
run('c671_adafactor_clip', {'G_t':G,r'\hat{V}_t':V,'X_{t-1}':X,r'\alpha_t':a,'d':d}, (T(X)-a*Uh).numpy(), fn='X_t')
