from h import *
rng=np.random.default_rng(1583); N,M=6,3; x=rng.uniform(0,1,size=N); t=np.sin(2*np.pi*x)+0.1*rng.normal(size=N); w=rng.normal(size=M+1)
yv=sum(w[j]*x**j for j in range(M+1))
run('c1583_prml_polyfit', {r'\mathbf{x}':x, r'\mathbf{t}':t, r'\mathbf{w}':w}, 0.5*np.sum((yv-t)**2), fn='E', dims={'M':M})
