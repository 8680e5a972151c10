from h import *
rng=np.random.default_rng(1960); n,d=5,3
X=rng.normal(size=(n,d)); y=rng.choice([-1.,1.],n); th=rng.normal(size=d); v=rng.normal(size=d); mu,eps=0.8,0.3
p=(T(th)+mu*T(v)).requires_grad_()
f=torch.log1p(torch.exp(-T(y)*(T(X)@p))).mean(); f.backward()
run('c1960_nesterov_param_under_nabla', {'X':X,'y':y,r'\theta_{t-1}':th,'v_{t-1}':v,r'\mu_{t-1}':mu,r'\epsilon_{t-1}':eps},
    (mu*T(v)-eps*p.grad).numpy(), fn='v_t')
