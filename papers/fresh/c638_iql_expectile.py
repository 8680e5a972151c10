from h import *
rng=np.random.default_rng(638); B=8
q,v=rng.normal(size=B),rng.normal(size=B); u=q-v
run('c638_iql_expectile', {r'Q_{\hat{\theta}}(s, a)':q, r'V_\psi(s)':v}, np.mean(np.abs(0.7-(u<0))*u**2), fn='L_V')
