from h import *
rng=np.random.default_rng(1774); m,n=4,3; W=rng.normal(size=(m,n)); x=rng.normal(size=n); b=rng.normal(size=m); w0=30.0
run('c1774_siren_layer', {r'\mathbf{W}':W, r'\mathbf{x}':x, r'\mathbf{b}':b, r'\omega_0':w0}, np.sin(w0*W@x+b), fn=r'\phi', rtol=1e-3, atol=1e-4)
