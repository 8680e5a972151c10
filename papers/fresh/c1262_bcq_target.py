from h import *
rng=np.random.default_rng(1262); n=6; q1=rng.normal(size=n); q2=rng.normal(size=n); r,g,l=0.5,0.99,0.75
run('c1262_bcq_target', {r"Q_{\theta'_1}(s', a_i)":q1,r"Q_{\theta'_2}(s', a_i)":q2,'r':r,r'\gamma':g,r'\lambda':l}, np.array(r+g*(l*np.minimum(q1,q2)+(1-l)*np.maximum(q1,q2)).max()), fn='y')
