from h import *
rng=np.random.default_rng(664); O,N=3,5; W=rng.normal(size=(O,N))
m=T(W).mean(1,keepdim=True); s=((T(W)-m)**2).mean(1,keepdim=True).sqrt()
run('c664_scaled_ws', {'W':W}, ((T(W)-m)/(s*N**0.5)).numpy(), fn=r'\hat{W}')
