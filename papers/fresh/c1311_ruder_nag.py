from h import *
rng=np.random.default_rng(1311); d=5; v,th,g=(rng.normal(size=d) for _ in range(3)); ga,eta=0.9,0.1
vt=ga*v+eta*g
I={'v_{t-1}':v, r'\theta':th, r'\nabla_\theta J( \theta - \gamma v_{t-1} )':g, r'\gamma':ga, r'\eta':eta}
run('c1311_ruder_nag', I, th-vt, fn=r'\theta')
