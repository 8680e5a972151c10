from h import *
rng=np.random.default_rng(1310); d=5; v,th,g=(rng.normal(size=d) for _ in range(3)); ga,eta=0.9,0.1
vt=ga*v+eta*g
I={'v_{t-1}':v, r'\theta':th, r'\nabla_\theta J( \theta)':g, r'\gamma':ga, r'\eta':eta}
run('c1310_ruder_momentum', I, th-vt, fn=r'\theta')
run('c1310_ruder_momentum', I, vt, fn='v_t')
