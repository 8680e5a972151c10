from h import *
rng=np.random.default_rng(590); B=5
r,q1,q2=(rng.normal(size=B) for _ in range(3)); g=0.99
run('c590_td3_target', {'r':r, r"Q_{\theta'_1}(s', \tilde{a})":q1, r"Q_{\theta'_2}(s', \tilde{a})":q2, r'\gamma':g}, r+g*np.minimum(q1,q2))
