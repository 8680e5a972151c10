from h import *
rng=np.random.default_rng(320); d=5; g,b,th=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); mu,tau,lr=0.9,0.1,0.05
bt=mu*T(b)+(1-tau)*T(g); gn=T(g)+mu*bt
run('c320_sgd_nesterov_torch', {'g_t':g,'b_{t-1}':b,r'\theta_{t-1}':th,r'\mu':mu,r'\tau':tau,r'\gamma':lr}, (T(th)-lr*gn).numpy(), fn=r'\theta_t')
