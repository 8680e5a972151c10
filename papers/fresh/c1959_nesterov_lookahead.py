from h import *
rng=np.random.default_rng(1959); n,d=6,3
X=rng.normal(size=(n,d)); y=rng.normal(size=n); th=rng.normal(size=d); v=rng.normal(size=d); mu,eps=0.9,0.05
p=(T(th)+mu*T(v)).requires_grad_()
f=((T(X)@p-T(y))**2).sum()/(2*n); f.backward()
v1=mu*T(v)-eps*p.grad
run('c1959_nesterov_lookahead', {'X':X,'y':y,r'\theta_t':th,'v_t':v,r'\mu':mu,r'\varepsilon':eps},
    {'v_t1':v1.numpy(), 'theta_t1':(T(th)+v1).numpy()}, fn=['v_{t+1}', r'\theta_{t+1}'])
