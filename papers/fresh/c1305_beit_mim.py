from h import *
rng=np.random.default_rng(1305); N,V=6,5; M=np.array([1,0,1,1,0,0.]); z=rng.integers(0,V,N)
P=torch.softmax(T(rng.normal(size=(N,V))),1).numpy(); p=P[np.arange(N),z]
out=sum(np.log(p[i]) for i in range(N) if M[i])
run('c1305_beit_mim', {r'\mathcal{M}':M,r'p_{\text{MIM}}(z_i | x^{\mathcal{M}})':p}, np.array(out), fn=r'\mathcal{L}')
