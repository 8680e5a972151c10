from h import *
rng=np.random.default_rng(1038); d=5; th,v,g=(rng.normal(size=d) for _ in range(3)); mu,eps=0.9,0.05
v1=mu*v-eps*g
run('c1038_nag_sutskever', {r'\theta_t':th,'v_t':v,r'\nabla f(\theta_t + \mu v_t)':g,r'\mu':mu,r'\varepsilon':eps}, {'v_t1':v1, 'theta_t1':th+v1}, fn=['v_{t+1}',r'\theta_{t+1}'])
