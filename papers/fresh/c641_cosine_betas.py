from h import *
T=8; s=0.008
f=lambda t: np.cos((t/T+s)/(1+s)*np.pi/2)**2
ab=np.array([f(t)/f(0) for t in range(T+1)])
run('c641_cosine_betas', {r'\bar{\alpha}':ab}, np.minimum(1-ab[1:]/ab[:-1],0.999), fn=r'\beta')
